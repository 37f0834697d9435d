using A11yAudit.Browser.Check;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Visit;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;

namespace A11yAudit.IntegrationTests.Support;

/// <summary>
/// Runs one exclusion check against a fixture page under Fixtures/checks/, exactly as the crawler would
/// (same visitor, viewport and guard), and returns that check's findings.
/// </summary>
internal static class CheckHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalSiteServer? _server;

    public static async Task<Uri> BaseUrlAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _server ??= await LocalSiteServer.StartAsync(RepoPaths.Fixture("checks"));
            return _server.BaseUrl;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Visits <paramref name="path"/> (e.g. "reflow/barrier.html") with only <paramref name="check"/> enabled.</summary>
    public static async Task<IReadOnlyList<Finding>> RunAsync(IPageCheck check, string path, ViewportOptions? viewport = null)
    {
        var page = await VisitAsync(check, path, viewport);
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned), $"{path}: {page.Reason}");
        return page.Findings.Where(f => f.Source != "axe").ToList();
    }

    public static async Task<PageResult> VisitAsync(IPageCheck check, string path, ViewportOptions? viewport = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        var baseUrl = await BaseUrlAsync();
        return await VisitUrlAsync(check, new Uri(baseUrl, path), viewport);
    }

    /// <summary>As <see cref="VisitAsync"/>, for a page of another fixture site.</summary>
    public static async Task<PageResult> VisitUrlAsync(IPageCheck check, Uri url, ViewportOptions? viewport = null, TimeoutOptions? timeouts = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        var options = new AuditOptions
        {
            Name = "check fixture",
            StartUrls = [url],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Browser = new BrowserOptions { Viewport = viewport ?? ViewportOptions.Mobile },
            Timeouts = timeouts ?? new TimeoutOptions { Navigation = TimeSpan.FromSeconds(15), Page = TimeSpan.FromSeconds(60) },
        };
        var scope = new ScopeRules(options.Scope, [url]);
        await using var visitor = await PageVisitor.CreateAsync(SharedBrowser.Session, options, scope.Decide, [check]);
        var visit = await visitor.VisitAsync(new CrawlItem(url, 0, null), CancellationToken.None);
        return visit.Page;
    }

    public static async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}
