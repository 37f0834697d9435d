using A11yAudit.Cli;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Crawl;

/// <summary>`discover` as its own step (HTTP and browser modes), and `audit --urls` auditing exactly the list.</summary>
[TestFixture]
public sealed class DiscoverTests
{
    [Test]
    public async Task BothModesFindTheDemoPagesAndAuditUrlsAuditsExactlyTheList()
    {
        var single = await DemoAudit.GetAsync();
        await using var server = await LocalSiteServer.StartAsync(RepoPaths.DemoSite);
        var root = RepoPaths.NewTempDirectory();
        var httpList = Path.Combine(root, "urls-http.txt");
        var browserList = Path.Combine(root, "urls-browser.txt");

        var http = await CliRunner.RunAsync("discover", "--url", server.BaseUrl.AbsoluteUri, "--out", httpList);
        var browser = await CliRunner.RunAsync("discover", "--url", server.BaseUrl.AbsoluteUri, "--mode", "browser", "--out", browserList);
        Assert.That(http.ExitCode, Is.EqualTo(ExitCodes.Success), http.Error + http.Output);
        Assert.That(browser.ExitCode, Is.EqualTo(ExitCodes.Success), browser.Error + browser.Output);

        var byHttp = Paths(httpList);
        var byBrowser = Paths(browserList);
        var scannedInOneRun = single.Pages.Where(p => p.WasScanned).Select(p => PathOf(p.Url)).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(byHttp, Is.SupersetOf(scannedInOneRun), "HTTP discovery missed pages a crawling audit scans");
            Assert.That(byBrowser, Is.EquivalentTo(byHttp), "the demo is server-rendered: both modes find the same pages");
            Assert.That(byHttp, Has.Count.EqualTo(byHttp.Distinct().Count()), "a page listed twice");
        });

        var output = Path.Combine(root, "audit");
        var audit = await CliRunner.RunAsync("audit", "--urls", httpList, "--out", output, "--concurrency", "2", "--no-screenshots");
        Assert.That(audit.ExitCode, Is.EqualTo(ExitCodes.Success), audit.Error + audit.Output);
        var results = await ResultsFile.ReadAsync(Path.Combine(output, ResultsFile.FileName));
        Assert.That(results.Pages.Select(p => PathOf(p.Url)), Is.EquivalentTo(byHttp), "audit --urls audits the list, no more and no less");
    }

    [Test]
    public async Task HttpDiscoveryWaitsWhenTheServerAsksItTo()
    {
        await using var server = await CrawlFixtureSite.StartAsync();
        var list = Path.Combine(RepoPaths.NewTempDirectory(), "urls.txt");
        var outcome = await CliRunner.RunAsync("discover", "--url", server.BaseUrl.AbsoluteUri, "--out", list, "--max-depth", "1");
        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.Error + outcome.Output);

        var paths = Paths(list);
        Assert.Multiple(() =>
        {
            Assert.That(paths, Does.Contain("/busy"), "answered 429 with a one-second wait, then the page");
            Assert.That(paths, Does.Not.Contain("/overloaded"), "asked for an hour: not a page to audit now");
            Assert.That(server.RequestLog.Count(r => r.EndsWith("/busy", StringComparison.Ordinal)), Is.EqualTo(2));
        });
    }

    private static List<string> Paths(string file) =>
        File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(PathOf).ToList();

    private static string PathOf(string url) => new Uri(url).PathAndQuery;
}
