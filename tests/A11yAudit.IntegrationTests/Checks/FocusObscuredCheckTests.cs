using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class FocusObscuredCheckTests
{
    [Test]
    public async Task LinksUnderAFixedCookieBannerAreObscured()
    {
        var findings = await CheckHarness.RunAsync(new FocusObscuredCheck(), "focus-obscured/barrier.html");

        var violation = findings.Single(f => f.Outcome == FindingOutcome.Violation);
        var node = violation.Nodes.First(n => n.Target.Display == "#phone");
        Assert.Multiple(() =>
        {
            Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "2.4.11" }));
            Assert.That(node.Evidence!["pointsCovered"], Is.EqualTo("5 of 5"));
            Assert.That(node.Evidence["coveredBy"], Is.EqualTo("html > body > div"));
        });
    }

    [Test]
    public async Task StickyHeaderWithScrollPaddingLeavesFocusVisible()
    {
        var findings = await CheckHarness.RunAsync(new FocusObscuredCheck(), "focus-obscured/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
