using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>
/// Pages rendered identically are checked once: the twins get exactly the findings a full scan of each
/// gives, and pages that only look alike (another folder, one word changed) are still checked in full.
/// </summary>
public sealed class IdenticalPagesTests
{
    private static readonly string[] Paths =
    [
        "/care/list", "/care/list?sort=name", "/care/list?sort=date", "/care/list?page=1",
        "/care/other", "/elsewhere/list", "/missing/a", "/missing/b",
    ];

    // One template with barriers for axe and for own checks: an unlabelled field, an image without alt,
    // low contrast, a vague link, a control only a mouse can use, and a positive tabindex.
    private static string Page(string heading) => $$"""
        <!doctype html><html lang="en"><head><title>Care services</title>
        <style>.faint { color: #aaa; background: #fff } .fake { cursor: pointer }</style></head>
        <body><header><a href="#main">Skip to content</a><nav><a href="/care/list">Care</a> <a href="/care/other">Other</a></nav></header>
        <main id="main"><h1>{{heading}}</h1>
        <p class="faint">Appointments can be booked online or by phone.</p>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
        <form action="/search" method="get"><input type="text" name="q"><button>Search</button></form>
        <p>To see results <a href="/care/results">click here</a>.</p>
        <div class="fake" onclick="this.textContent = 'opened'">Open details</div>
        <a href="/care/help" tabindex="3">Help</a>
        </main><footer><p>Riverside Health</p></footer></body></html>
        """;

    private static async Task<IReadOnlyDictionary<string, PageResult>> AuditAsync(Uri baseUrl, bool reuse)
    {
        var options = new AuditOptions
        {
            Name = "identical pages",
            StartUrls = Paths.Select(p => new Uri(baseUrl, p)).ToList(),
            OutputDirectory = RepoPaths.NewTempDirectory(),
            CostlyChecksPerTemplate = 0,
            Crawl = new CrawlOptions { MaxPages = 50, MaxDepth = 0, Concurrency = 2, FollowLinks = false, UseSitemaps = false, ReuseIdenticalPages = reuse },
        };
        var results = await new AuditRunner(options).RunAsync(SharedBrowser.Session, new InMemorySink());
        Assert.That(results.Incomplete, Is.False, results.IncompleteReason);
        return results.Pages.ToDictionary(p => new Uri(p.Url).PathAndQuery);
    }

    [Test]
    public async Task TwinsGetExactlyTheFindingsOfAFullScanAndLookalikesAreCheckedInFull()
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
        {
            routes.MapGet("/care/list", () => Results.Content(Page("Care services"), "text/html"));
            routes.MapGet("/care/other", () => Results.Content(Page("Other services"), "text/html"));
            routes.MapGet("/elsewhere/list", () => Results.Content(Page("Care services"), "text/html"));
            routes.MapGet("/missing/{name}", () => Results.Content(Page("Page not found"), "text/html", statusCode: 404));
        });

        var full = await AuditAsync(site.BaseUrl, reuse: false);
        var reused = await AuditAsync(site.BaseUrl, reuse: true);

        Assert.Multiple(() =>
        {
            Assert.That(reused.Keys, Is.EquivalentTo(full.Keys));
            Assert.That(full.Values.Select(p => p.SameAs), Has.All.Null, "nothing is reused when switched off");
            foreach (var (path, page) in reused)
            {
                Assert.That(FindingText.Describe(page), Is.EqualTo(FindingText.Describe(full[path])), $"findings of {path}");
                Assert.That(page.PassedRules, Is.EqualTo(full[path].PassedRules), $"passed rules of {path}");
                Assert.That(page.Outcome, Is.EqualTo(full[path].Outcome), $"outcome of {path}");
            }

            Assert.That(full["/care/list"].Findings.Select(f => f.RuleId), Does.Contain("image-alt").And.Contain("label").And.Contain("keyboard-unfocusable-control"), "the template has barriers to compare");

            // Four URLs render the same list page: one is checked, three take its findings.
            var listTwins = reused.Where(kv => kv.Key.StartsWith("/care/list", StringComparison.Ordinal)).Select(kv => kv.Value).ToList();
            Assert.That(listTwins.Count(p => p.SameAs is null), Is.EqualTo(1));
            Assert.That(listTwins.Where(p => p.SameAs is not null).Select(p => p.SameAs), Has.All.EqualTo(listTwins.Single(p => p.SameAs is null).Url));

            // The identical 404 page under two URLs is checked once; its status stays each page's own.
            Assert.That(new[] { reused["/missing/a"], reused["/missing/b"] }.Count(p => p.SameAs is not null), Is.EqualTo(1));
            Assert.That(reused["/missing/b"].Outcome, Is.EqualTo(PageOutcome.HttpError));

            // Same markup in another folder may load other resources; one changed word is another page.
            Assert.That(reused["/elsewhere/list"].SameAs, Is.Null);
            Assert.That(reused["/care/other"].SameAs, Is.Null);
        });
    }
}
