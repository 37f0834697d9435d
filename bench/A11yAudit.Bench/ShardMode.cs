using System.Diagnostics;
using System.Globalization;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Merging;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;

namespace A11yAudit.Bench;

/// <summary>
/// Scale-out: the URL list split with <c>--shard K/N</c>'s hash, each shard audited by its own browser and
/// runner at once (as N machines would, but here sharing this machine's cores), then merged.
/// </summary>
internal static class ShardMode
{
    public const string Header =
        "| shards | concurrency per shard | pages | wall s | pages/min | speed-up vs 1 shard | slowest shard s | merge ms |\n" +
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public static async Task<(double Wall, string Row)> RunAsync(IReadOnlyList<Uri> urls, int shards, int concurrency, bool ownChecks, double? oneShardWall, string outputDirectory)
    {
        var wall = Stopwatch.StartNew();
        var runs = Enumerable.Range(1, shards).Select(k => AuditShardAsync(urls, new Shard(k, shards), concurrency, ownChecks, Path.Combine(outputDirectory, $"shard-{k}"))).ToList();
        var results = await Task.WhenAll(runs);
        wall.Stop();

        var merge = Stopwatch.StartNew();
        using var merged = (PageStore)ResultsMerger.Merge(results.Select(r => r.Results).ToList(), outputDirectory).Pages;
        merge.Stop();

        var seconds = wall.Elapsed.TotalSeconds;
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {shards} | {concurrency} | {merged.Count} | {seconds:0.0} | {merged.Count / wall.Elapsed.TotalMinutes:0.0} | " +
            $"{(oneShardWall is { } one ? (one / seconds).ToString("0.00x", CultureInfo.InvariantCulture) : "1.00x")} | {results.Max(r => r.Seconds):0.0} | {merge.Elapsed.TotalMilliseconds:0} |");
        return (seconds, row);
    }

    private static async Task<(AuditResults Results, double Seconds)> AuditShardAsync(IReadOnlyList<Uri> urls, Shard shard, int concurrency, bool ownChecks, string outputDirectory)
    {
        var watch = Stopwatch.StartNew();
        var mine = urls.Where(u => shard.Contains(u.AbsoluteUri)).ToList();
        Directory.CreateDirectory(outputDirectory);
        var options = new AuditOptions
        {
            Name = $"benchmark shard {shard}",
            StartUrls = mine,
            OutputDirectory = outputDirectory,
            Screenshots = false,
            Crawl = new CrawlOptions { MaxPages = Math.Max(1, mine.Count), MaxDepth = 0, Concurrency = concurrency, FollowLinks = false, UseSitemaps = false, RespectRobotsTxt = false },
        };

        // One browser per shard, as on separate machines.
        await using var session = await BrowserSession.LaunchAsync(new BrowserOptions { ExecutablePath = Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER") });
        await using var sink = new PagesJsonlWriter(Path.Combine(outputDirectory, PagesJsonlWriter.FileName));
        var results = await new AuditRunner(options, checks: ownChecks ? null : []) { SpillDirectory = outputDirectory }.RunAsync(session, sink);
        return (results, watch.Elapsed.TotalSeconds);
    }
}
