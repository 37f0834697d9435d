using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class FocusOrderCheckTests
{
    [Test]
    public async Task RowReversedFiltersNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new FocusOrderCheck(), "focus-order/barrier.html");

        var finding = findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.4.3" }));
            Assert.That(finding.Nodes.Select(n => n.Target.Display), Is.EqualTo(new[] { "#afternoon", "#morning" }));
            Assert.That(finding.Nodes[0].Evidence!["direction"], Is.EqualTo("left"));
            Assert.That(finding.Nodes[0].Evidence!["from"], Is.EqualTo("#evening"));
        });
    }

    [Test]
    public async Task RowsColumnsSkipLinksAndFixedToolbarsFollowTheLayout()
    {
        var findings = await CheckHarness.RunAsync(new FocusOrderCheck(), "focus-order/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
