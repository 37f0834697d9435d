using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class PlainLanguageCheckTests
{
    [Test]
    public async Task JargonIsNeedsReviewWithGradeLongSentenceAndUnexplainedAbbreviation()
    {
        var findings = await CheckHarness.RunAsync(new PlainLanguageCheck(), "plain-language/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "3.1.5" }));
        Assert.That(finding.Category, Is.EqualTo(RuleCategory.BestPractice), "3.1.5 is level AAA");
        var level = finding.Nodes.Single(n => n.Evidence!["kind"] == "reading-level");
        var sentence = finding.Nodes.First(n => n.Evidence!["kind"] == "long-sentence");
        var abbreviations = finding.Nodes.Where(n => n.Evidence!["kind"] == "unexplained-abbreviation").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(level.Target.Display, Is.EqualTo("main"));
            Assert.That(double.Parse(level.Evidence!["fleschKincaidGrade"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(12));
            Assert.That(level.Evidence["readingAge"], Is.Not.Empty);
            Assert.That(level.Evidence["smogGrade"], Is.Not.Empty);
            Assert.That(int.Parse(level.Evidence["words"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(PlainLanguageCheck.MinimumWords));
            Assert.That(sentence.Target.Display, Is.EqualTo("#jargon"));
            Assert.That(int.Parse(sentence.Evidence!["words"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(25));
            Assert.That(abbreviations.Select(n => n.Evidence!["abbreviation"]), Is.EqualTo(new[] { "FBC" }), FindingsText.Describe(findings));
        });
    }

    [Test]
    public async Task ShortSentencesInEverydayWordsAreSilent()
    {
        var findings = await CheckHarness.RunAsync(new PlainLanguageCheck(), "plain-language/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }

    [Test]
    public async Task TheThresholdCanBeRaised()
    {
        var findings = await CheckHarness.RunAsync(new PlainLanguageCheck(maxGrade: 30), "plain-language/barrier.html");
        Assert.That(findings.Single().Nodes.Select(n => n.Evidence!["kind"]), Has.None.EqualTo("reading-level"));
    }
}
