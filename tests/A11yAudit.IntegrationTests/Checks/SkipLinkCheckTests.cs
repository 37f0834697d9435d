using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class SkipLinkCheckTests
{
    [Test]
    public async Task SkipLinkToAMissingIdIsAViolation()
    {
        var findings = await CheckHarness.RunAsync(new SkipLinkCheck(), "skip-link/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.4.1" }));
            Assert.That(node.Target.Display, Is.EqualTo("#skip"));
            Assert.That(node.Evidence!["href"], Is.EqualTo("#main"));
            Assert.That(node.Evidence["targetFound"], Is.EqualTo("false"));
        });
    }

    [Test]
    public async Task SkipLinkThatDoesNotMoveFocusNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new SkipLinkCheck(), "skip-link/barrier-intercepted.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(node.Target.Display, Is.EqualTo("#skip"));
            Assert.That(node.Evidence!["target"], Is.EqualTo("#main"));
            Assert.That(node.Evidence["focusAfterEnterThenTab"], Does.Contain("nav"));
        });
    }

    [Test]
    public async Task LongNavigationWithNoWayPastItNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new SkipLinkCheck(), "skip-link/barrier-no-bypass.html");

        var node = findings.Single(f => f.Outcome == FindingOutcome.NeedsReview).Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(node.Target.Display, Is.EqualTo("html > body > div:nth-of-type(2) > h1"));
            Assert.That(node.Evidence!["tabStopsBeforeContent"], Is.EqualTo("12"));
        });
    }

    [Test]
    public async Task WorkingSkipLinkPasses()
    {
        var findings = await CheckHarness.RunAsync(new SkipLinkCheck(), "skip-link/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
