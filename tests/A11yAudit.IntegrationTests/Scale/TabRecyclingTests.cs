using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Visit;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>
/// A worker replaces its tab every so many visits (the driver keeps every request's object until the tab closes);
/// the pages visited across the change are scanned as before.
/// </summary>
[TestFixture]
public sealed class TabRecyclingTests
{
    [Test]
    public async Task ATabIsReplacedAfterItsVisitsAndEveryPageIsStillScanned()
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"));
        var urls = new[] { "index.html", "page-a.html", "page-b.html", "index.html?again", "page-a.html?again" }.Select(p => new Uri(site.BaseUrl, p)).ToList();
        var options = new AuditOptions
        {
            Name = "tabs",
            StartUrls = urls,
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Screenshots = false,
        };
        var scope = new ScopeRules(options.Scope, urls);
        await using var visitor = await PageVisitor.CreateAsync(SharedBrowser.Session, options, scope.Decide, []);
        visitor.VisitsPerTab = 2;

        var pages = new List<PageResult>();
        foreach (var url in urls)
        {
            pages.Add((await visitor.VisitAsync(new CrawlItem(url, 0, null), CancellationToken.None)).Page);
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Outcome), Is.All.EqualTo(PageOutcome.Scanned), string.Join("; ", pages.Select(p => $"{p.Url}: {p.Reason}")));
            Assert.That(pages.Select(p => p.Title), Is.All.Not.Empty);
            Assert.That(visitor.TabsOpened, Is.EqualTo(3), "five visits, two per tab");
        });
    }
}
