using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class TargetSizeExtendedCheckTests
{
    [Test]
    public async Task SmallSvgButtonsSideBySideNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new TargetSizeExtendedCheck(), "target-size-extended/barrier.html");

        var finding = findings.Single();
        var byTarget = finding.Nodes.ToDictionary(n => n.Target.Display);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.5.8" }));
            Assert.That(byTarget.Keys, Is.EquivalentTo(new[] { "#prev-week", "#next-week" }));
            Assert.That(byTarget["#prev-week"].Evidence!["size"], Is.EqualTo("16x16"));
            Assert.That(byTarget["#prev-week"].Evidence!["tooCloseTo"], Is.EqualTo("#next-week"));
            Assert.That(byTarget["#prev-week"].Evidence!["notTestedByAxeBecause"], Is.EqualTo("svg"));
        });
    }

    [Test]
    public async Task LargeOrWellSpacedTargetsAndLinksInTextPass()
    {
        var findings = await CheckHarness.RunAsync(new TargetSizeExtendedCheck(), "target-size-extended/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
