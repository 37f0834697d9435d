using A11yAudit.Browser.Check;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Tests.Checks;

public sealed class RegisteredChecksTests
{
    private static readonly string[] SeeingAndReadingChecks =
    [
        "reflow", "resize-text", "text-spacing", "zoom-blocked", "typography", "colour-alone", "plain-language", "link-purpose",
        "documents-link", "captcha",
    ];

    private static IEnumerable<string> AllIds() =>
        CheckRegistry.All.Select(c => c.Id).Concat(SiteCheckRegistry.All.Select(c => c.Id));

    [TestCaseSource(nameof(SeeingAndReadingChecks))]
    public void PageCheckIsDiscovered(string id) => Assert.That(CheckRegistry.Find(id), Is.Not.Null);

    [Test]
    public void PageTitleQualityIsASiteCheck() =>
        Assert.That(SiteCheckRegistry.All.Select(c => c.Id), Does.Contain("page-title-quality"));

    [Test]
    public void EveryRegisteredCheckHasAnExplicitBarrierMapping()
    {
        var map = ExclusionModel.LoadDefault().BarrierMap;
        Assert.That(AllIds().Where(id => map.FindExplicit(id, RuleSources.A11yAudit) is null), Is.Empty);
    }

    [Test]
    public void CheckIdsAreUnique() => Assert.That(AllIds(), Is.Unique);
}
