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
/// Scale-out: the URL list split with <c>--shard K/N</c>'s hash and each shard audited by its own browser, one
/// shard after another so each has the machine to itself, as it would on its own machine; then merged. On N
/// machines the audit takes as long as the slowest shard plus the merge, which is what the speed-up compares.
/// </summary>
internal static class ShardMode
{
    public const string Header =
        "| shards | concurrency per shard | pages | each shard s | on N machines s (slowest + merge) | pages/min on N machines | speed-up vs 1 machine | merge ms |\n" +
        "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |";

    public static async Task<(double Wall, string Row)> RunAsync(IReadOnlyList<Uri> urls, int shards, int concurrency, bool ownChecks, double? oneShardWall, string outputDirectory)
    {
        var results = new List<(AuditResults Results, double Seconds)>();
        for (var k = 1; k <= shards; k++)
        {
            results.Add(await AuditShardAsync(urls, new Shard(k, shards), concurrency, ownChecks, Path.Combine(outputDirectory, $"shard-{k}")));
        }

        var merge = Stopwatch.StartNew();
        using var merged = (PageStore)ResultsMerger.Merge(results.Select(r => r.Results).ToList(), outputDirectory).Pages;
        merge.Stop();

        foreach (var (shardResults, _) in results)
        {
            (shardResults.Pages as IDisposable)?.Dispose();
        }

        var seconds = results.Max(r => r.Seconds) + merge.Elapsed.TotalSeconds;
        var each = string.Join(" / ", results.Select(r => r.Seconds.ToString("0.0", CultureInfo.InvariantCulture)));
        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {shards} | {concurrency} | {merged.Count} | {each} | {seconds:0.0} | {merged.Count / (seconds / 60):0.0} | " +
            $"{(oneShardWall is { } one ? (one / seconds).ToString("0.00x", CultureInfo.InvariantCulture) : "1.00x")} | {merge.Elapsed.TotalMilliseconds:0} |");
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
