using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>Two browser servers serve one audit; killing one mid-run loses no page.</summary>
public sealed class RemoteBrowserTests
{
    [Test]
    public async Task KillingOneOfTwoBrowserServersLosesNoPage()
    {
        const int pageCount = 24;
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
            routes.MapGet("/slow/{n:int}", async (int n) =>
            {
                await Task.Delay(200);
                return Results.Content($"<!doctype html><html lang=\"en\"><head><title>Slow {n}</title></head><body><main><h1>Slow {n}</h1></main></body></html>", "text/html");
            }));
        await using var first = await BrowserServer.StartAsync(Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER"));
        await using var second = await BrowserServer.StartAsync(Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER"));
        TestContext.Progress.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} servers up");
        var sessions = new List<BrowserSession> { await BrowserSession.ConnectAsync(first.Endpoint), await BrowserSession.ConnectAsync(second.Endpoint) };

        var urls = Enumerable.Range(0, pageCount).Select(i => new Uri(site.BaseUrl, $"/slow/{i}")).ToList();
        var options = new AuditOptions
        {
            Name = "remote browsers",
            StartUrls = urls,
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Crawl = new CrawlOptions { MaxPages = pageCount, MaxDepth = 0, Concurrency = 4, FollowLinks = false, UseSitemaps = false },
        };
        var sink = new InMemorySink();
        var killed = false;
        var progress = new KillAfter(3, () =>
        {
            killed = true;
            second.Kill();
        });
        try
        {
            var results = await new AuditRunner(options, progress, checks: []).RunAsync(sessions, sink);
            Assert.Multiple(() =>
            {
                Assert.That(killed, Is.True);
                Assert.That(results.Incomplete, Is.False, results.IncompleteReason);
                Assert.That(results.Pages.Where(p => p.Outcome == PageOutcome.Scanned).Select(p => p.Url), Is.EquivalentTo(urls.Select(u => u.AbsoluteUri)));
                Assert.That(results.Pages, Has.Count.EqualTo(pageCount), "each page exactly once");
            });
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>The command line's path: `audit --browser-endpoint` audits through a server instead of launching a browser.</summary>
    [Test]
    public async Task AuditCommandAuditsThroughABrowserServer()
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"));
        await using var server = await BrowserServer.StartAsync(Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER"));
        var output = RepoPaths.NewTempDirectory();
        var outcome = await CliRunner.RunAsync(
            "audit", "--url", new Uri(site.BaseUrl, "/page-a.html").AbsoluteUri, "--max-depth", "0", "--out", output,
            "--browser-endpoint", server.Endpoint, "--no-screenshots");
        Assert.That(outcome.ExitCode, Is.EqualTo(A11yAudit.Cli.ExitCodes.Success), outcome.Error + outcome.Output);

        var results = await A11yAudit.Core.Results.ResultsFile.ReadAsync(Path.Combine(output, A11yAudit.Core.Results.ResultsFile.FileName));
        Assert.That(results.Pages.Select(p => (p.Url, p.Outcome)), Is.EqualTo(new[] { (new Uri(site.BaseUrl, "/page-a.html").AbsoluteUri, PageOutcome.Scanned) }));
    }

    private sealed class KillAfter(int pages, Action kill) : IAuditProgress
    {
        private int _done;

        public void PageStarted(string url) => TestContext.Progress.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} start {url}");

        public void PageFinished(PageResult page, CrawlCounts counts)
        {
            TestContext.Progress.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} done {page.Url} {page.Outcome} {page.Reason}");
            if (Interlocked.Increment(ref _done) == pages)
            {
                kill();
            }
        }

        public void Info(string message) => TestContext.Progress.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {message}");
    }
}
