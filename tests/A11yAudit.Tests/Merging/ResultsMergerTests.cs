using System.Text.Json;
using A11yAudit.Core.Merging;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Tests.Reports;
using A11yAudit.Tests.Store;

namespace A11yAudit.Tests.Merging;

public sealed class ResultsMergerTests : SpillFolderTests
{
    [Test]
    public void PagesAreUnitedOncePerUrl_TheScannedCopyWins_InDepthThenUrlOrder()
    {
        var failedHere = TestAudits.Page("https://example.test/b", 1) with { Outcome = PageOutcome.LoadFailed, Findings = [] };
        var scannedThere = TestAudits.Page("https://example.test/b", 1, TestAudits.Violation("image-alt", Impact.Critical, TestAudits.Node("img")));
        var one = TestAudits.Results(TestAudits.Page("https://example.test/c", 1), failedHere) with
        {
            Skipped = [new SkippedUrl("https://example.test/a", "page limit of 2 reached", null), new SkippedUrl("https://example.test/z", "outside", null)],
        };
        var two = TestAudits.Results(scannedThere, TestAudits.Page("https://example.test/a", 2), TestAudits.Page("https://example.test/", 0));

        var merged = ResultsMerger.Merge([one, two], Folder);
        using var store = (PageStore)merged.Pages;

        Assert.Multiple(() =>
        {
            Assert.That(merged.Pages.Select(p => p.Url), Is.EqualTo(new[] { "https://example.test/", "https://example.test/b", "https://example.test/c", "https://example.test/a" }));
            Assert.That(merged.Pages[1].Findings.Single().RuleId, Is.EqualTo("image-alt"), "the scanned copy of /b");
            Assert.That(merged.Skipped.Select(s => s.Url), Is.EqualTo(new[] { "https://example.test/z" }), "audited in another shard, so not skipped");
            Assert.That(Path.GetDirectoryName(store.SpillPath), Is.EqualTo(Path.GetFullPath(Folder)));
        });
    }

    [Test]
    public async Task ShardsOnDiskMergeAsShardsInMemory()
    {
        var typical = await GoldenResults.ReadAsync("typical");
        var half = typical.Pages.Count / 2;
        AuditResults[] inMemory = [typical with { Pages = typical.Pages.Take(half + 1).ToList() }, typical with { Pages = typical.Pages.Skip(half).ToList() }];
        using var first = Fill(inMemory[0].Pages);
        using var second = Fill(inMemory[1].Pages);

        var fromLists = ResultsMerger.Merge(inMemory, Folder);
        var fromStores = ResultsMerger.Merge([inMemory[0] with { Pages = first }, inMemory[1] with { Pages = second }], Folder);

        Assert.That(Json(fromStores), Is.EqualTo(Json(fromLists)));
        Assert.That(fromLists.Pages, Has.Count.EqualTo(typical.Pages.Count));
    }

    private static string Json(AuditResults results) => JsonSerializer.Serialize(results, ResultsJson.Options);
}
