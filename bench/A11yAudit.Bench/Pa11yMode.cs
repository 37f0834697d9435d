using System.Diagnostics;
using System.Text.Json;
using A11yAudit.Browser.Launch;

namespace A11yAudit.Bench;

/// <summary>
/// The peer: pa11y-ci with its axe runner, on the same pages, Chromium and concurrency. Needs an install
/// made beforehand (see docs/performance.md): `PUPPETEER_SKIP_DOWNLOAD=1 npm install pa11y-ci` in a folder
/// given with --pa11y-dir.
/// </summary>
internal static class Pa11yMode
{
    public static async Task<Stats?> RunAsync(string? installDirectory, IReadOnlyList<Uri> urls, int concurrency, string? browserPath)
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
                chromeLaunchConfig = new { executablePath = executable, args = BrowserSession.DefaultArgs },
            },
            urls = urls.Select(u => u.AbsoluteUri),
        }));
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(config);
        start.Environment["PUPPETEER_SKIP_DOWNLOAD"] = "1";
        var stats = new Stats("pa11y-ci (axe runner)", concurrency);
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
            var text = await output;
            var passed = text.Split('\n').Count(l => l.Contains(" - ", StringComparison.Ordinal) && (l.Contains('✔') || l.Contains('✘') || l.Contains('>')));
            stats.Note = $"exit {process.ExitCode}; {(await error).Split('\n').FirstOrDefault(l => l.Length > 0) ?? ""}".Trim().TrimEnd(';');
        }

        for (var i = 0; i < urls.Count; i++)
        {
            stats.Add(0, 0, 0, 0, stats.Wall.TotalMilliseconds * concurrency / urls.Count);
        }

        File.Delete(config);
        return stats;
    }
}
