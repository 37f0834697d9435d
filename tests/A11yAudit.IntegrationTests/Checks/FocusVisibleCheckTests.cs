using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class FocusVisibleCheckTests
{
    [Test]
    public async Task RemovedFocusStylesAreViolationsAndColourOnlyNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new FocusVisibleCheck(), "focus-visible/barrier.html");

        var violation = findings.Single(f => f.Outcome == FindingOutcome.Violation);
        var review = findings.Single(f => f.Outcome == FindingOutcome.NeedsReview);
        Assert.Multiple(() =>
        {
            Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "2.4.7" }));
            Assert.That(violation.Nodes.Select(n => n.Target.Display), Is.EquivalentTo(new[] { "#cancel-link", "#save" }));
            Assert.That(violation.Nodes[0].Evidence!["indicator"], Is.EqualTo("none"));
            Assert.That(review.Nodes.Single().Target.Display, Is.EqualTo("#history"));
            Assert.That(review.Nodes[0].Evidence!["changedProperties"], Does.Contain("color"));
        });
    }

    [Test]
    public async Task OutlinesShadowsLabelRingsAndBrowserDefaultsPass()
    {
        var findings = await CheckHarness.RunAsync(new FocusVisibleCheck(), "focus-visible/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
