using A11yAudit.Cli;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>Three shards of the demo, merged, find exactly what one run finds.</summary>
public sealed class ShardMergeTests
{
    [Test]
    public async Task ThreeShardsMergedEqualOneRun()
    {
        var single = await DemoAudit.GetAsync();
        await using var server = await LocalSiteServer.StartAsync(RepoPaths.DemoSite);
        var root = RepoPaths.NewTempDirectory();
        var shardDirs = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var dir = Path.Combine(root, $"shard-{k}");
            var outcome = await CliRunner.RunAsync("audit", "--url", server.BaseUrl.AbsoluteUri, "--shard", $"{k}/3", "--out", dir, "--concurrency", "2");
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.Error + outcome.Output);
            shardDirs.Add(dir);
        }

        var shardResults = new List<AuditResults>();
        foreach (var dir in shardDirs)
        {
            shardResults.Add(await ResultsFile.ReadAsync(Path.Combine(dir, ResultsFile.FileName)));
        }

        var shardUrls = shardResults.Select(r => r.Pages.Select(p => p.Url).ToHashSet()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(shardResults.Select(r => r.Target.Shard), Is.EqualTo(new[] { "1/3", "2/3", "3/3" }));
            Assert.That(shardUrls.Sum(s => s.Count), Is.EqualTo(shardUrls.SelectMany(s => s).Distinct().Count()), "shards overlap");
            Assert.That(shardUrls.Count(s => s.Count > 0), Is.GreaterThan(1), "the split put everything in one shard");
        });

        var merged = Path.Combine(root, "merged");
        var mergeOutcome = await CliRunner.RunAsync(["merge", .. shardDirs, "--out", merged]);
        Assert.That(mergeOutcome.ExitCode, Is.EqualTo(ExitCodes.Success), mergeOutcome.Error);
        var mergedResults = await ResultsFile.ReadAsync(Path.Combine(merged, ResultsFile.FileName));

        Assert.Multiple(() =>
        {
            Assert.That(Findings(mergedResults), Is.EquivalentTo(Findings(single)));
            Assert.That(mergedResults.Pages.Where(p => p.WasScanned).Select(p => PathOf(p.Url)), Is.EquivalentTo(single.Pages.Where(p => p.WasScanned).Select(p => PathOf(p.Url))));
            Assert.That(mergedResults.Exclusion, Is.Not.Null);
            Assert.That(File.Exists(Path.Combine(merged, "index.html")), Is.True);
        });
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    private static IEnumerable<string> Findings(AuditResults results) =>
        results.Pages.SelectMany(p => p.Findings
            .Where(f => f.Source == "axe")
            .SelectMany(f => f.Nodes.Select(n => $"{PathOf(p.Url)} {f.RuleId} {f.Outcome} {n.Target.Display}")));
}
