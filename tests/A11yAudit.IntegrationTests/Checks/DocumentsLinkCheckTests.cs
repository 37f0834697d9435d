using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class DocumentsLinkCheckTests
{
    [Test]
    public async Task EveryDocumentLinkIsNeedsReviewSayingWhatTheTextLacks()
    {
        var findings = await CheckHarness.RunAsync(new DocumentsLinkCheck(), "documents-link/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Category, Is.EqualTo(RuleCategory.BestPractice));
        var nodes = finding.Nodes.ToDictionary(n => n.Target.Display);
        Assert.Multiple(() =>
        {
            Assert.That(nodes.Keys, Is.EquivalentTo(new[] { "#letter", "#leaflet", "#sized" }));
            Assert.That(nodes["#letter"].Evidence!["format"], Is.EqualTo("PDF"));
            Assert.That(nodes["#letter"].Evidence!["nameSaysFormat"], Is.EqualTo("false"));
            Assert.That(nodes["#letter"].FailureSummary, Does.Contain("does not say it is a PDF file or how big it is"));
            Assert.That(nodes["#leaflet"].Evidence!["format"], Is.EqualTo("Word"));
            Assert.That(nodes["#leaflet"].Evidence!["nameSaysFormat"], Is.EqualTo("true"));
            Assert.That(nodes["#leaflet"].Evidence!["nameSaysSize"], Is.EqualTo("false"));
            Assert.That(nodes["#sized"].Evidence!["nameSaysSize"], Is.EqualTo("true"));
        });
    }

    [Test]
    public async Task LinksToPagesAreSilent()
    {
        var findings = await CheckHarness.RunAsync(new DocumentsLinkCheck(), "documents-link/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }
}
