using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;
using static A11yAudit.Tests.Reports.TestAudits;

namespace A11yAudit.Tests.Reports;

/// <summary>Scriban's default loop and output guards would silently cut a big report; ours must be whole.</summary>
[TestFixture]
public sealed class LargeReportTests
{
    private const int PageCount = 1500;

    [Test]
    public async Task A_1500_page_audit_renders_completely()
    {
        var pages = Enumerable.Range(0, PageCount)
            .Select(i => Page(
                $"https://large.example.test/page-{i:D4}",
                depth: 1,
                Violation("color-contrast", Impact.Serious, Node($"#item-{i}"), Node("header a.brand")),
                Violation("link-name", Impact.Serious, Node($"a.more-{i}")),
                Review("aria-hidden-focus", Impact.Minor, Node("div.modal"))))
            .ToArray();
        var results = Results(pages);
        using var output = new TempDirectory();

        var path = await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(results, output.Path);
        var html = await File.ReadAllTextAsync(path);

        var last = $"https://large.example.test/page-{PageCount - 1:D4}";
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.EndWith("</html>\n"));
            Assert.That(html, Does.Contain($"<a href=\"{last}\" class=\"url\" rel=\"noreferrer\">{last}</a>"), "Last page's section");

            // #item-N and a.more-N are one pattern each, so the per-page elements fold into four issues.
            Assert.That(CountOf(html, "<article class=\"issue "), Is.EqualTo(4));
            Assert.That(CountOf(html, "<div class=\"page-card\""), Is.EqualTo(PageCount));
            Assert.That(html, Does.Contain("Affected pages (1,500)"));
            Assert.That(html, Does.Contain("Every page visited, nearest the start first (1,500 pages), in groups of 100."));
            Assert.That(html, Does.Contain("<summary>Pages 1,401–1,500 of 1,500</summary>"));
        });
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
