using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class ReflowCheckTests
{
    [Test]
    public async Task FixedWidthTextPanelIsAViolationNamingThePanelOnly()
    {
        var findings = await CheckHarness.RunAsync(new ReflowCheck(), "reflow/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
        Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "1.4.10" }));
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(node.Target.Display, Is.EqualTo("#times"));
            Assert.That(node.Evidence!["kind"], Is.EqualTo("text"));
            Assert.That(node.Evidence["viewportWidth"], Is.EqualTo("320"));
            Assert.That(double.Parse(node.Evidence["elementWidth"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(386).Within(1));
            Assert.That(int.Parse(node.Evidence["scrollWidth"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(320));
        });
    }

    [Test]
    public async Task ResponsivePageWithScrollingTableAndHiddenHelpersIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new ReflowCheck(), "reflow/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }

    [Test]
    public async Task WideDataTableIsOnlyNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new ReflowCheck(), "reflow/wide-table.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Nodes.Single().Target.Display, Is.EqualTo("#clinics"));
        Assert.That(finding.Nodes.Single().Evidence!["kind"], Is.EqualTo("two-dimensional"));
    }

    [Test]
    public async Task TextCutOffByAPageThatHidesOverflowIsAViolationAndTheParkedMenuIsNot()
    {
        var findings = await CheckHarness.RunAsync(new ReflowCheck(), "reflow/clipped-root.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
        var node = finding.Nodes.Single();
        Assert.That(node.Target.Display, Is.EqualTo("#notice"));
        Assert.That(node.Evidence!["rootHidesOverflow"], Is.EqualTo("true"));
        Assert.That(node.FailureSummary, Does.Contain("cut off"));
    }

    [Test]
    public async Task PageWithoutAViewportMetaIsNeedsReviewOnAPhone()
    {
        var findings = await CheckHarness.RunAsync(new ReflowCheck(), "reflow/no-viewport.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Nodes.Single().Evidence!["kind"], Is.EqualTo("no-responsive-viewport"));
        Assert.That(int.Parse(finding.Nodes.Single().Evidence!["layoutWidth"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(ReflowCheck.ReflowWidth));
    }

    [Test]
    public async Task WideTextInsideAShadowRootIsReportedOnItsHost()
    {
        var findings = await CheckHarness.RunAsync(new ReflowCheck(), "reflow/shadow.html");

        var node = findings.Single(f => f.Outcome == FindingOutcome.Violation).Nodes.Single();
        Assert.That(node.Target.Display, Is.EqualTo("#card"));
        Assert.That(node.FailureSummary, Does.Contain("inside the shadow root"));
    }

    [Test]
    public async Task PageIsLeftAsItWasFound()
    {
        var changes = await PageRestoreProbe.ChangesAfterAsync(new ReflowCheck(), "reflow/barrier.html");
        Assert.That(changes, Is.Empty);
    }
}
