using System.Diagnostics;
using A11yAudit.Browser.Check.Axe;
using A11yAudit.Browser.Launch;
using A11yAudit.Core.Options;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace A11yAudit.Bench;

/// <summary>
/// The limit: navigate, inject axe-core and run axe.run in the page, nothing else. Also the Deque wrapper
/// (page.RunAxe) for comparison. Same browser, viewport, tags and concurrency as the audit.
/// </summary>
internal static class RawAxeMode
{
    private const string RunScript = "async (tags) => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', values: tags } })).length";

    /// <summary>
    /// axe with the page's shared regions (banner, navigation, footer) left out: the most that checking them once
    /// per template could save, before the whole-page run that page-level and cross-region rules would still need.
    /// </summary>
    private const string RunWithoutSharedRegionsScript = """
        async (tags) => {
          const shared = Array.from(document.querySelectorAll('header, nav, footer, [role=banner], [role=navigation], [role=contentinfo]'))
            .filter(el => !el.parentElement.closest('header, nav, footer, [role=banner], [role=navigation], [role=contentinfo]'));
          const context = { include: [document], exclude: shared };
          return JSON.stringify(await axe.run(context, { runOnly: { type: 'tag', values: tags } })).length;
        }
        """;

    public static async Task<Stats> RunAsync(BrowserSession session, IReadOnlyList<Uri> urls, int concurrency, bool deque, string[] tags, bool withoutSharedRegions = false)
    {
        var stats = new Stats(deque ? "deque-wrapper" : withoutSharedRegions ? "raw-axe without shared regions" : "raw-axe", concurrency);
        var queue = new System.Collections.Concurrent.ConcurrentQueue<Uri>(urls);
        var wall = Stopwatch.StartNew();
        await using (var memory = new MemorySampler())
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                var context = await session.NewContextAsync(ViewportOptions.Mobile);
                var page = await context.NewPageAsync();
                while (queue.TryDequeue(out var url))
                {
                    var total = Stopwatch.StartNew();
                    await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Load });
                    var navigate = total.Elapsed.TotalMilliseconds;
                    var axe = Stopwatch.StartNew();
                    if (deque)
                    {
                        await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = tags.ToList() } });
                    }
                    else
                    {
                        await page.EvaluateAsync("src => { (0, eval)(src); }", AxeScript.Text);
                        await page.EvaluateAsync<int>(withoutSharedRegions ? RunWithoutSharedRegionsScript : RunScript, tags);
                    }

                    stats.Add(navigate, axe.Elapsed.TotalMilliseconds, 0, 0, total.Elapsed.TotalMilliseconds);
                }

                await context.CloseAsync();
            }));
            stats.Wall = wall.Elapsed;
            await memory.DisposeAsync();
            stats.PeakProcessBytes = memory.PeakProcess;
            stats.PeakBrowserBytes = memory.PeakBrowser;
            stats.BusyCpuSeconds = memory.BusyCpuSeconds;
            stats.CpuSecondsByProcess = memory.CpuSecondsByProcess;
        }

        return stats;
    }
}
