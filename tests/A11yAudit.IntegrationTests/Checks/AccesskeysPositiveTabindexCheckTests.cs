using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class AccesskeysPositiveTabindexCheckTests
{
    [Test]
    public async Task PositiveTabindexAndAccessKeysNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new AccesskeysPositiveTabindexCheck(), "accesskeys-positive-tabindex/barrier.html");

        var finding = findings.Single();
        var byTarget = finding.Nodes.ToDictionary(n => n.Target.Display);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.4.3" }));
            Assert.That(byTarget.Keys, Is.EquivalentTo(new[] { "#name", "#email", "#send" }));
            Assert.That(byTarget["#name"].Evidence!["tabindex"], Is.EqualTo("2"));
            Assert.That(byTarget["#name"].Evidence!["positiveTabindexOnPage"], Is.EqualTo("2"));
            Assert.That(byTarget["#send"].Evidence!["accesskey"], Is.EqualTo("s"));
        });
    }

    [Test]
    public async Task ZeroAndNegativeTabindexPass()
    {
        var findings = await CheckHarness.RunAsync(new AccesskeysPositiveTabindexCheck(), "accesskeys-positive-tabindex/clean.html");

        Assert.That(findings, Is.Empty);
    }
}
