using A11yAudit.Browser.Check.Checks;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>page-title-quality compares pages, so it is tested through a small crawl rather than one page.</summary>
[TestFixture]
public sealed class PageTitleQualityCheckTests
{
    private static async Task<IReadOnlyList<PageResult>> CrawlAsync(string folder)
    {
        var start = new Uri(await CheckHarness.BaseUrlAsync(), $"page-title-quality/{folder}/index.html");
        var options = new AuditOptions
        {
            Name = "title fixture",
            StartUrls = [start],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Crawl = new CrawlOptions { MaxPages = 5, MaxDepth = 1, UseSitemaps = false, RespectRobotsTxt = false, Concurrency = 1 },
        };
        var results = await new AuditRunner(options, checks: [], siteChecks: [new PageTitleQualityCheck()]).RunAsync(SharedBrowser.Session, new InMemorySink());
        Assert.That(results.Pages, Has.Count.EqualTo(3));
        return results.Pages;
    }

    [Test]
    public async Task PagesSharingATitleAreFlaggedOnBothPages()
    {
        var pages = await CrawlAsync("barrier");

        var flagged = pages.Where(p => p.Findings.Any(f => f.RuleId == "page-title-quality")).ToList();
        Assert.That(flagged.Select(p => p.Url.Split('/')[^1]), Is.EquivalentTo(new[] { "a.html", "b.html" }));
        var finding = flagged.Single(p => p.Url.EndsWith("a.html", StringComparison.Ordinal)).Findings.Single(f => f.RuleId == "page-title-quality");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.Nodes.Single().Evidence!["title"], Is.EqualTo("Opening times – Fixture Clinic"));
            Assert.That(finding.Nodes.Single().Evidence!["otherPages"], Does.EndWith("page-title-quality/barrier/b.html"));
        });
    }

    [Test]
    public async Task DistinctTitlesAreSilent()
    {
        var pages = await CrawlAsync("clean");
        Assert.That(pages.SelectMany(p => p.Findings).Where(f => f.RuleId == "page-title-quality"), Is.Empty);
    }
}
