using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>
/// A header, navigation or footer already checked is not checked again by axe's page-local rules, and every
/// page still gets exactly the findings, passed rules and inapplicable rules of a full scan, including pages
/// built to trip the re-use up: styles, references and overlays that reach into the shared regions from outside.
/// </summary>
public sealed class SharedRegionsTests
{
    // A heavy template: two navigation menus and a footer of links, with barriers of their own.
    private static readonly string Links = string.Concat(Enumerable.Range(0, 24).Select(i => $"<li><a href=\"/s/{i}\" class=\"l{i % 4}\">Service {i}</a></li>"));

    private static readonly string Header = $$"""
        <header class="site"><a class="skip" href="#main">Skip to content</a>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="80" height="20">
        <nav aria-label="Main"><ul>{{Links}}</ul><a href="/empty"></a><span class="faint">Opening hours</span>
        <button aria-labelledby="hint"></button></nav></header>
        """;

    private static readonly string Footer = $$"""
        <footer><button class="tiny" aria-label="Back to top">^</button><nav aria-label="Footer"><ul>{{Links}}</ul></nav>
        <p class="faint">Riverside Health NHS Trust</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
        <input id="footer-search" type="search"><label for="footer-email">Email</label><input id="footer-email" type="email"></footer>
        """;

    private const string Style = """
        <style>body { margin: 0; font-family: sans-serif } .l1 { color: #999 } .faint { color: #aaa; background: #fff }
        header { background: #fff } footer { padding: 1em; position: relative } main { margin: 32px 0 }
        .tiny { position: absolute; top: 0; left: 0; width: 16px; height: 16px; padding: 0; border: 0 }
        .near { position: absolute; left: 0; bottom: -30px; width: 10px; height: 10px; display: block } .dark nav a { color: #bbb } main.alt ~ footer a { color: #ccc }
        .clip { height: 300px; overflow: hidden }</style>
        """;

    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["/a"] = Page("<main id=\"main\"><h1>Appointments</h1><p id=\"hint\">Book by phone.</p></main>"),
        ["/b"] = Page("<main id=\"main\"><h1>Prescriptions</h1><p id=\"hint\">Order online.</p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main>"),
        ["/c"] = Page("<main id=\"main\"><h1>Results</h1><p id=\"hint\">Book by phone.</p><h4>Skipped levels</h4></main>"),
        ["/d"] = Page("<main id=\"main\"><h1>Messages</h1><p id=\"hint\">Book by phone.</p>" + string.Concat(Enumerable.Repeat("<p>Long text.</p>", 40)) + "</main>"),
        // The same regions, styled differently from outside: a body class, and a sibling selector.
        ["/dark"] = Page("<main id=\"main\"><h1>Dark</h1><p id=\"hint\">Book by phone.</p></main>", bodyClass: "dark"),
        ["/sibling"] = Page("<main id=\"main\" class=\"alt\"><h1>Sibling</h1><p id=\"hint\">Book by phone.</p></main>"),
        // References across the boundary: a label outside for a field inside, a description that changes, no skip target.
        ["/label"] = Page("<main id=\"main\"><h1>Label</h1><p id=\"hint\">Book by phone.</p><label for=\"footer-search\">Search the site</label></main>"),
        ["/hint"] = Page("<main id=\"main\"><h1>Hint</h1><p id=\"hint\"></p></main>"),
        ["/no-target"] = Page("<div><h1>No main</h1><p id=\"hint\">Book by phone.</p></div>"),
        // Something outside lying over a region, a region clipped by its ancestor, a duplicate id, a frame.
        ["/overlay"] = Page("<main id=\"main\"><h1>Overlay</h1><p id=\"hint\">Book by phone.</p><div style=\"position:fixed;top:0;left:0;width:100%;height:60px;background:#eee;color:#fff\">Cookies</div></main>"),
        ["/clipped"] = Page("<main id=\"main\"><h1>Clipped</h1><p id=\"hint\">Book by phone.</p>" + string.Concat(Enumerable.Repeat("<p>Filler.</p>", 30)) + "</main>", wrapperClass: "clip"),
        // A target outside within target-spacing distance of the footer: spacing is then checked on the whole page.
        ["/near"] = Page("<main id=\"main\" style=\"position:relative\"><h1>Near</h1><p id=\"hint\">Book by phone.</p><a class=\"near\" href=\"/n\">x</a></main>"),
        ["/duplicate"] = Page("<main id=\"main\"><h1>Duplicate</h1><p id=\"hint\">Book by phone.</p><span id=\"footer-search\">x</span></main>"),
        ["/frame"] = Page("<main id=\"main\"><h1>Frame</h1><p id=\"hint\">Book by phone.</p><iframe src=\"/inner\" title=\"Inner\"></iframe></main>"),
        // A hostile page breaks the tool re-use needs (not axe's own copy): the page is scanned in full instead.
        ["/sabotage"] = Page("<main id=\"main\"><h1>Sabotage</h1><p id=\"hint\">Book by phone.</p><script>window.axe.setup = null;</script></main>"),
        ["/inner"] = "<!doctype html><html lang=\"en\"><head><title>Inner</title></head><body><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><a href=\"/x\"></a></body></html>",
    };

    private static string Page(string main, string bodyClass = "", string wrapperClass = "") => $$"""
        <!doctype html><html lang="en"><head><title>Riverside</title>{{Style}}</head>
        <body class="{{bodyClass}}"><div class="{{wrapperClass}}">{{Header}}{{main}}{{Footer}}</div></body></html>
        """;

    private static async Task<(IReadOnlyDictionary<string, PageResult> Pages, int Reused, IReadOnlyList<string> Messages)> AuditAsync(Uri baseUrl, bool reuse)
    {
        var options = new AuditOptions
        {
            Name = "shared regions",
            StartUrls = Pages.Keys.Where(p => p != "/inner").Select(p => new Uri(baseUrl, p)).ToList(),
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Screenshots = false,
            Crawl = new CrawlOptions
            {
                MaxPages = 50, MaxDepth = 0, Concurrency = 2, FollowLinks = false, UseSitemaps = false,
                ReuseIdenticalPages = false, ReuseSharedRegions = reuse,
            },
        };
        var messages = new Messages();
        var runner = new AuditRunner(options, messages, checks: []);
        var results = await runner.RunAsync(SharedBrowser.Session, new InMemorySink());
        Assert.That(results.Incomplete, Is.False, results.IncompleteReason);
        return (results.Pages.ToDictionary(p => new Uri(p.Url).PathAndQuery), runner.SharedRegionsReused, messages.All);
    }

    [Test]
    public async Task PagesThatReuseRegionsGetExactlyTheResultsOfAFullScan()
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
        {
            foreach (var (path, html) in Pages)
            {
                routes.MapGet(path, () => Results.Content(html, "text/html"));
            }
        });

        var (full, noneReused, _) = await AuditAsync(site.BaseUrl, reuse: false);
        var (reused, count, messages) = await AuditAsync(site.BaseUrl, reuse: true);

        Assert.Multiple(() =>
        {
            Assert.That(noneReused, Is.Zero);
            Assert.That(count, Is.GreaterThanOrEqualTo(6), "the plain pages take their regions from the first");
            Assert.That(reused.Keys, Is.EquivalentTo(full.Keys));
            foreach (var (path, page) in reused)
            {
                Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned), $"{path}: {page.Reason}");
                Assert.That(FindingText.Describe(page), Is.EqualTo(FindingText.Describe(full[path])), $"findings of {path}");
                Assert.That(page.PassedRules, Is.EqualTo(full[path].PassedRules), $"passed rules of {path}");
                Assert.That(page.InapplicableRules, Is.EqualTo(full[path].InapplicableRules), $"inapplicable rules of {path}");
            }

            var regionRules = full["/a"].Findings.Select(f => f.RuleId).ToList();
            Assert.That(regionRules, Does.Contain("image-alt").And.Contain("link-name").And.Contain("color-contrast").And.Contain("label"),
                "the shared regions have barriers to carry over");
            Assert.That(reused["/near"].Findings.Where(f => f.RuleId == "target-size").SelectMany(f => f.Nodes).Select(n => n.Html), Has.Some.Contains("Back to top"),
                "a target outside, close to the footer, makes the footer's own target too close");
            Assert.That(messages, Has.Some.Contains("Shared-region re-use failed on 1 pages"), "the sabotaged page fell back to a full scan");
            Assert.That(reused["/hint"].Findings.Select(f => f.RuleId), Does.Contain("button-name"), "a name from outside the region, empty on this page");
        });
    }

    private sealed class Messages : IAuditProgress
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _all = new();

        public IReadOnlyList<string> All => _all.ToList();

        public void PageStarted(string url)
        {
        }

        public void PageFinished(PageResult page, CrawlCounts counts)
        {
        }

        public void Info(string message) => _all.Enqueue(message);
    }
}
