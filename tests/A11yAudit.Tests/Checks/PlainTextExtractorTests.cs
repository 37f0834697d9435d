using A11yAudit.Browser.Check.Checks;
using HtmlAgilityPack;

namespace A11yAudit.Tests.Checks;

public sealed class PlainTextExtractorTests
{
    private static PlainTextExtractor Extract(string body)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml($"<html><body>{body}</body></html>");
        return PlainTextExtractor.Extract(PlainTextExtractor.MainOf(doc)!);
    }

    private static List<string> Unexplained(string body) =>
        PlainLanguageCheck.UnexplainedAbbreviations(Extract(body)).Select(a => a.Abbreviation).ToList();

    [Test]
    public void MainLandmarkIsPreferredToTheBody()
    {
        var doc = new HtmlDocument();
        doc.LoadHtml("<html><body><header>Site</header><div role=\"main\"><p>Content.</p></div></body></html>");
        Assert.That(PlainTextExtractor.MainOf(doc)!.GetAttributeValue("role", ""), Is.EqualTo("main"));
    }

    [Test]
    public void BlocksKeepInlineTextTogetherAndSkipScriptsNavigationAndHiddenText()
    {
        var blocks = Extract("<main><h1>Title</h1><p>Read <a href=\"#\">this <em>now</em></a> please.</p><nav>Menu</nav><script>var x;</script><p hidden>Secret.</p><ul><li>One item here.</li></ul></main>").TextBlocks;
        Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "Title", "Read this now please.", "One item here." }));
        Assert.That(blocks.Select(b => b.IsProse), Is.EqualTo(new[] { false, true, true }));
    }

    [Test]
    public void TableCellsAreNotProse() =>
        Assert.That(Extract("<table><tr><td>Within the normal range for your age.</td></tr></table>").TextBlocks.Single().IsProse, Is.False);

    [Test]
    public void AbbreviationsExplainedInBracketsOrAbbrOrFamiliarAreNotReported() =>
        Assert.That(
            Unexplained("<p>Your TSH (thyroid stimulating hormone) is fine. Thyroid stimulating hormone (TSH) again. Your <abbr title=\"liver function tests\">LFT</abbr> and NHS GP visit. Your FBC and FBC again. LFTs are fine.</p>"),
            Is.EqualTo(new[] { "FBC" }));

    [Test]
    public void ExplanationAfterFirstUseIsTooLate() =>
        Assert.That(Unexplained("<p>Your ECG is booked.</p><p>An ECG (electrocardiogram) checks your heart.</p>"), Is.EqualTo(new[] { "ECG" }));

    [Test]
    public void ShoutedPhrasesAndRomanNumeralsAreNotAbbreviations() =>
        Assert.That(Unexplained("<p>DO NOT EAT before the test. Part II of the form.</p>"), Is.Empty);
}
