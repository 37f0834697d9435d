using System.Diagnostics;
using A11yAudit.Browser.Check;
using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;

namespace A11yAudit.Bench;

/// <summary>A11yAudit itself over the same URL list: axe only, or the default audit with own checks.</summary>
internal static class AuditMode
{
    public static async Task<(Stats Stats, AuditResults Results)> RunAsync(BrowserSession session, IReadOnlyList<Uri> urls, int concurrency, bool ownChecks, string outputDirectory, bool reuseIdenticalPages = true, bool reuseSharedRegions = true, AuditVariant? variant = null)
    {
        // Variants change the default audit only; the axe-only mode runs no own checks to vary.
        variant = ownChecks ? variant ?? AuditVariant.Default : AuditVariant.Default;
        var mode = (ownChecks ? "a11yaudit (default)" : "a11yaudit (axe only)") + (reuseIdenticalPages ? "" : ", every page checked")
            + (reuseSharedRegions ? "" : ", every region checked") + variant.Label;
        var stats = new Stats(mode, concurrency);

        // Output size is one of the figures: an earlier run's screenshots (other port, other names) must not count.
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        Directory.CreateDirectory(outputDirectory);
        var options = new AuditOptions
        {
            Name = "benchmark",
            StartUrls = urls,
            OutputDirectory = outputDirectory,
            // The axe-only mode is compared with raw axe, which takes no screenshots; the default audit takes them.
            Screenshots = ownChecks && variant.Screenshots,
            DisabledChecks = variant.DisabledChecks,
            CostlyChecksPerTemplate = variant.CostlyChecksPerTemplate,
            Crawl = new CrawlOptions { MaxPages = urls.Count, MaxDepth = 0, Concurrency = concurrency, FollowLinks = false, UseSitemaps = false, RespectRobotsTxt = false, ReuseIdenticalPages = reuseIdenticalPages, ReuseSharedRegions = reuseSharedRegions },
        };
        var checkpoints = new MemoryCheckpoints(urls.Count);
        stats.Checkpoints = checkpoints;
        var wall = Stopwatch.StartNew();
        AuditResults results;
        var regionsReused = 0;
        await using (var memory = new MemorySampler())
        {
            await using (var sink = new PagesJsonlWriter(Path.Combine(outputDirectory, PagesJsonlWriter.FileName)))
            {
                var runner = new AuditRunner(options, checkpoints, checks: ownChecks ? CheckRegistry.All : []) { SpillDirectory = outputDirectory };
                results = await runner.RunAsync(session, sink);
                regionsReused = runner.SharedRegionsReused;
            }

            results = results with { Exclusion = ExclusionModel.LoadDefault().Assess(results.Pages, []) };
            await ResultsFile.WriteAsync(results, Path.Combine(outputDirectory, ResultsFile.FileName));
            await new HtmlReportRenderer(HtmlReportRenderer.DefaultTemplatesDirectory).RenderAsync(results, outputDirectory);
            stats.Wall = wall.Elapsed;
            checkpoints.Take("after report");
            await memory.DisposeAsync();
            stats.PeakProcessBytes = memory.PeakProcess;
            stats.PeakBrowserBytes = memory.PeakBrowser;
            stats.BusyCpuSeconds = memory.BusyCpuSeconds;
            stats.CpuSecondsByProcess = memory.CpuSecondsByProcess;
        }

        foreach (var page in results.Pages)
        {
            var t = page.Timings;
            stats.Add(t.NavigateMs, t.AxeMs, t.ChecksMs, t.ScreenshotMs, t.TotalMs);
            stats.AddChecks(t.CheckMs);
        }

        stats.OutputBytes = Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var failed = results.Pages.Count(p => !p.WasScanned);
        var reused = results.Pages.Count(p => p.SameAs is not null);
        stats.Note = (failed > 0 ? $"{failed} pages not scanned" : $"{results.Summary.Violations} violations") + (reused > 0 ? $"; {reused} identical pages took their twin's findings" : "")
            + (regionsReused > 0 ? $"; {regionsReused} shared regions re-used" : "");
        return (stats, results);
    }
}
