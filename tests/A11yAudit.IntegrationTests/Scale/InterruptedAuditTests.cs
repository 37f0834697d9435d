using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>An audit stopped early (cancelled, or its only browser gone) still gives every finished page, from disk.</summary>
public sealed class InterruptedAuditTests
{
    private const int PageCount = 16;

    [Test]
    public async Task ACancelledAuditKeepsTheFinishedPagesInOrder()
    {
        using var cancel = new CancellationTokenSource();
        var (results, sink, spill) = await AuditAsync([SharedBrowser.Session], () => cancel.Cancel(), cancel.Token);

        AssertFinishedPagesKept(results, sink, spill, "cancelled");
    }

    [Test]
    public async Task AnAuditWhoseBrowserDiesKeepsTheFinishedPages()
    {
        await using var server = await BrowserServer.StartAsync(Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER"));
        var session = await BrowserSession.ConnectAsync(server.Endpoint);
        try
        {
            var (results, sink, spill) = await AuditAsync([session], server.Kill, CancellationToken.None);

            AssertFinishedPagesKept(results, sink, spill, "browser");
        }
        finally
        {
            await session.DisposeAsync();
        }
    }

    private static void AssertFinishedPagesKept(AuditResults results, InMemorySink sink, string spill, string reason)
    {
        using var store = (PageStore)results.Pages;
        var streamed = sink.Pages.Where(p => p.WasScanned).Select(p => p.Url).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Incomplete, Is.True);
            Assert.That(results.IncompleteReason, Does.Contain(reason));
            Assert.That(results.Pages.Count, Is.InRange(3, PageCount - 1), "stopped part-way");
            Assert.That(results.Pages.Select(p => p.Url), Is.EquivalentTo(sink.Pages.Select(p => p.Url)), "the pages pages.jsonl got");
            Assert.That(results.Pages.Where(p => p.WasScanned).Select(p => p.Url), Is.EquivalentTo(streamed));
            Assert.That(results.Pages.Select(p => p.Url), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "results order");
            Assert.That(results.Summary.PagesVisited, Is.EqualTo(results.Pages.Count));
            Assert.That(Path.GetDirectoryName(store.SpillPath), Is.EqualTo(Path.GetFullPath(spill)));
        });
    }

    private static async Task<(AuditResults Results, InMemorySink Sink, string Spill)> AuditAsync(
        IReadOnlyList<BrowserSession> sessions, Action stop, CancellationToken cancellationToken)
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
            routes.MapGet("/slow/{n:int}", async (int n) =>
            {
                await Task.Delay(300);
                return Results.Content($"<!doctype html><html lang=\"en\"><head><title>Slow {n}</title></head><body><main><h1>Slow {n}</h1><img src=\"/x.png\"></main></body></html>", "text/html");
            }));
        var spill = RepoPaths.NewTempDirectory();
        var options = new AuditOptions
        {
            Name = "interrupted",
            StartUrls = Enumerable.Range(0, PageCount).Select(i => new Uri(site.BaseUrl, $"/slow/{i:00}")).ToList(),
            OutputDirectory = spill,
            Crawl = new CrawlOptions { MaxPages = PageCount, MaxDepth = 0, Concurrency = 2, FollowLinks = false, UseSitemaps = false },
        };
        var sink = new InMemorySink();
        var runner = new AuditRunner(options, new StopAfter(3, stop), checks: []) { SpillDirectory = spill };
        return (await runner.RunAsync(sessions, sink, cancellationToken), sink, spill);
    }

    private sealed class StopAfter(int pages, Action stop) : IAuditProgress
    {
        private int _done;

        public void PageStarted(string url)
        {
        }

        public void PageFinished(PageResult page, CrawlCounts counts)
        {
            if (Interlocked.Increment(ref _done) == pages)
            {
                stop();
            }
        }

        public void Info(string message)
        {
        }
    }
}
