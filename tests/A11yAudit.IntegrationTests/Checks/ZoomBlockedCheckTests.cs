using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class ZoomBlockedCheckTests
{
    [Test]
    public async Task UserScalableNoAndMaximumScaleOneIsAViolation()
    {
        var findings = await CheckHarness.RunAsync(new ZoomBlockedCheck(), "zoom-blocked/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "1.4.4" }));
            Assert.That(node.Target.Display, Is.EqualTo("meta[name=\"viewport\"]"));
            Assert.That(node.Evidence!["userScalable"], Is.EqualTo("no"));
            Assert.That(node.Evidence["maximumScale"], Is.EqualTo("1"));
            Assert.That(node.FailureSummary, Does.Contain("user-scalable=no").And.Contain("maximum-scale=1"));
        });
    }

    [Test]
    public async Task ViewportThatAllowsZoomIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new ZoomBlockedCheck(), "zoom-blocked/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }

    [Test]
    public async Task TouchActionWithoutPinchZoomOnTheRootIsNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new ZoomBlockedCheck(), "zoom-blocked/touch-action.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Nodes.Single().Evidence!["touchAction"], Is.EqualTo("pan-x pan-y"));
    }
}
