using A11yAudit.Core.Baselines;
using A11yAudit.Core.Gate;
using A11yAudit.Core.History;
using A11yAudit.Core.Model;
using A11yAudit.Tests.Baselines;
using A11yAudit.Tests.Reports;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.History;

public sealed class HistoryFileTests
{
    [Test]
    public void MissingFile_IsAnEmptyHistory() =>
        Assert.That(HistoryFile.Read(Path.Join(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "history.jsonl")), Is.Empty);

    [Test]
    public async Task Append_AddsOneLinePerRun_AndReadSkipsABrokenLine()
    {
        using var temp = new TempDirectory();
        var path = Path.Join(temp.Path, "ci", "history.jsonl");
        var audit = Audit(Page("/", Violation("image-alt", Impact.Critical), Violation("color-contrast", Impact.Serious)), Page("/book"));
        var entry = HistoryEntryBuilder.From(audit, BaselineEntries.From(audit, Fingerprinter));

        await HistoryFile.AppendAsync(path, entry);
        await File.AppendAllTextAsync(path, "{ \"date\": \"cut sh");
        await File.AppendAllTextAsync(path, "\n");
        await HistoryFile.AppendAsync(path, entry with { Date = entry.Date.AddDays(1), Findings = 1 });

        var read = HistoryFile.Read(path);
        Assert.That(File.ReadAllLines(path), Has.Length.EqualTo(3));
        Assert.That(read.Select(e => e.Findings), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void Entry_SummarisesRatingRiskAndCounts()
    {
        var audit = Audit(Page("/", Violation("image-alt", Impact.Critical), Violation("color-contrast", Impact.Serious, Node("p.a"), Node("p.b"))), Page("/book"));

        var entry = HistoryEntryBuilder.From(audit, BaselineEntries.From(audit, Fingerprinter));

        Assert.Multiple(() =>
        {
            Assert.That(entry.Date, Is.EqualTo(Finished));
            Assert.That(entry.PagesScanned, Is.EqualTo(2));
            Assert.That(entry.Findings, Is.EqualTo(3));
            Assert.That(entry.Elements, Is.EqualTo(3));
            Assert.That((entry.Critical, entry.Serious), Is.EqualTo((1, 2)));
            Assert.That(entry.Rating, Is.EqualTo(audit.Exclusion!.Rating.Rating));
            Assert.That(entry.Groups.Select(g => g.GroupId), Is.EqualTo(audit.Exclusion.Product.Groups.Select(g => g.GroupId)));
            Assert.That(entry.New, Is.Null, "no baseline, no diff counts");
        });
    }

    [Test]
    public void Entry_CountsTheDiff_OnlyWhenABaselineExistedBefore()
    {
        var before = Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book"));
        var now = Audit(Page("/"), Page("/book", Violation("label", Impact.Critical)));

        var judged = HistoryEntryBuilder.From(CiRuns.Judged(now, before), []);
        var recorded = HistoryEntryBuilder.From(CiRuns.Judged(now, before: null, new GateSettings { BaselineFile = CiRuns.BaselineFile, UpdateBaseline = true }), []);

        Assert.That((judged.New, judged.Fixed, judged.StillPresent), Is.EqualTo(((int?)1, (int?)1, (int?)0)));
        Assert.That(recorded.New, Is.Null);
    }
}
