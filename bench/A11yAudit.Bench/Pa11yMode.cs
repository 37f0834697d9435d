using System.Diagnostics;
using System.Text.Json;
using A11yAudit.Browser.Launch;

namespace A11yAudit.Bench;

/// <summary>
/// The peer: pa11y-ci with its axe runner, on the same pages, Chromium and concurrency. Needs an install
/// made beforehand (see docs/performance.md): `PUPPETEER_SKIP_DOWNLOAD=1 npm install pa11y-ci` in a folder
/// given with --pa11y-dir. It gets A11yAudit's default launch switches (quiet networking, the renderer limit) as
/// it always has; with <c>withFeatureSwitch</c> also A11yAudit's <c>--disable-features</c> (see
/// <see cref="ChromiumFeatures"/>), which no pa11y-ci user would know to pass, so both rows can be compared.
/// </summary>
internal static class Pa11yMode
{
    public static async Task<Stats?> RunAsync(string? installDirectory, IReadOnlyList<Uri> urls, int concurrency, string? browserPath, string outputDirectory, bool withFeatureSwitch = false)
    {
        var cli = installDirectory is null ? null : Path.Combine(installDirectory, "node_modules", ".bin", "pa11y-ci");
        if (cli is null || !File.Exists(cli))
        {
            Console.Error.WriteLine("pa11y-ci skipped: install it with `PUPPETEER_SKIP_DOWNLOAD=1 npm install pa11y-ci` and pass --pa11y-dir.");
            return null;
        }

        var config = Path.Combine(Path.GetTempPath(), $"pa11yci-{Guid.NewGuid():N}.json");
        var executable = BrowserLocator.Locate(browserPath) ?? throw new InvalidOperationException("pa11y-ci needs a system Chromium.");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            defaults = new
            {
                runners = new[] { "axe" },
                standard = "WCAG2AA",
                concurrency,
                timeout = 60000,
                // pa11y-ci 4.1 runs each URL in an incognito context by default, and at concurrency over 1 closes
                // another run's context now and then (pa11y/pa11y-ci#354): 4 of 10 URLs "Failed to run" here, cut
                // short, which made the peer look faster than it is. All URLs in one context: none fails.
                useIncognitoBrowserContext = false,
                chromeLaunchConfig = new { executablePath = executable, args = withFeatureSwitch ? BrowserSession.LaunchArgs([]) : BrowserSession.DefaultArgs },
            },
            urls = urls.Select(u => u.AbsoluteUri),
        }));
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(config);
        start.Environment["PUPPETEER_SKIP_DOWNLOAD"] = "1";
        var stats = new Stats(withFeatureSwitch ? "pa11y-ci (axe runner, given our feature switch)" : "pa11y-ci (axe runner)", concurrency);
        var wall = Stopwatch.StartNew();
        await using (var memory = new MemorySampler())
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            stats.Wall = wall.Elapsed;
            await memory.DisposeAsync();
            stats.PeakBrowserBytes = memory.PeakBrowser;
            stats.BusyCpuSeconds = memory.BusyCpuSeconds;
            stats.CpuSecondsByProcess = memory.CpuSecondsByProcess;
            var text = await output + "\n" + await error;
            // pa11y-ci prints " > URL - N errors" for each URL it audited and " > URL - Failed to run" for one it could
            // not: a row with failures would look faster than it is, so the note says how many were audited.
            var audited = text.Split('\n').Count(l => l.StartsWith(" > ", StringComparison.Ordinal) && l.EndsWith(" errors", StringComparison.Ordinal));
            Directory.CreateDirectory(outputDirectory);
            await File.WriteAllTextAsync(Path.Combine(outputDirectory, $"pa11y-ci{(withFeatureSwitch ? "-feature-switch" : "")}-c{concurrency}.txt"), text);
            stats.Note = $"exit {process.ExitCode}; {audited} of {urls.Count} URLs audited";
        }

        for (var i = 0; i < urls.Count; i++)
        {
            stats.Add(0, 0, 0, 0, stats.Wall.TotalMilliseconds * concurrency / urls.Count);
        }

        File.Delete(config);
        return stats;
    }
}
