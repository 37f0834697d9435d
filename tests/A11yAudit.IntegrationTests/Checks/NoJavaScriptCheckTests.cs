using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class NoJavaScriptCheckTests
{
    [Test]
    public async Task ContentAndLinksBuiltOnlyByScriptNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new NoJavaScriptCheck(), "no-javascript/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Category, Is.EqualTo(RuleCategory.BestPractice));
        var content = finding.Nodes.First();
        Assert.Multiple(() =>
        {
            Assert.That(content.Target.Display, Is.EqualTo("#app"));
            Assert.That(int.Parse(content.Evidence!["wordsWithJavaScript"]), Is.GreaterThan(40));
            Assert.That(content.Evidence["wordsWithoutJavaScript"], Is.EqualTo("0"));
            Assert.That(finding.Nodes.Skip(1).Select(n => n.Evidence!["text"]), Is.EquivalentTo(new[] { "Appointments", "Prescriptions", "book a vaccination" }));
        });
    }

    [Test]
    public async Task ProgressivelyEnhancedPageIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new NoJavaScriptCheck(), "no-javascript/clean.html");
        Assert.That(findings, Is.Empty);
    }
}
