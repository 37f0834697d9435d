using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class TypographyCheckTests
{
    [Test]
    public async Task EachKindOfHardToReadTextIsNamedWithItsMeasurement()
    {
        var findings = await CheckHarness.RunAsync(new TypographyCheck(), "typography/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Category, Is.EqualTo(RuleCategory.BestPractice));
        var byKind = finding.Nodes.ToDictionary(n => n.Evidence!["kind"], n => n);
        Assert.Multiple(() =>
        {
            Assert.That(byKind.Keys, Is.EquivalentTo(new[] { "small-text", "justified", "capitals", "italic", "cramped-line-height" }), FindingsText.Describe(findings));
            Assert.That(byKind["small-text"].Target.Display, Is.EqualTo("#small"));
            Assert.That(byKind["small-text"].Evidence!["fontSize"], Is.EqualTo("12px"));
            Assert.That(byKind["justified"].Target.Display, Is.EqualTo("#justified"));
            Assert.That(byKind["capitals"].Target.Display, Is.EqualTo("#shout"));
            Assert.That(byKind["capitals"].Evidence!["textTransform"], Is.EqualTo("uppercase"));
            Assert.That(byKind["italic"].Target.Display, Is.EqualTo("#aside"));
            Assert.That(byKind["cramped-line-height"].Target.Display, Is.EqualTo("#tight"));
            Assert.That(byKind["cramped-line-height"].Evidence!["lineHeightRatio"], Is.EqualTo("1"));
        });
    }

    [Test]
    public async Task FullWidthParagraphsOnADesktopHaveLongLines()
    {
        var findings = await CheckHarness.RunAsync(new TypographyCheck(), "typography/barrier.html", ViewportOptions.Desktop);

        var longLines = findings.Single().Nodes.Where(n => n.Evidence!["kind"] == "long-lines").ToList();
        Assert.That(longLines.Select(n => n.Target.Display), Does.Contain("#justified"));
        Assert.That(int.Parse(longLines.First(n => n.Target.Display == "#justified").Evidence!["charsPerLine"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(TypographyCheck.LongLineChars));
    }

    [TestCase("mobile")]
    [TestCase("desktop")]
    public async Task ReadableTextIsSilent(string viewport)
    {
        var findings = await CheckHarness.RunAsync(new TypographyCheck(), "typography/clean.html", viewport == "mobile" ? ViewportOptions.Mobile : ViewportOptions.Desktop);
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }
}
