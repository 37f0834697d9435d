using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>
/// The demo's barriers for the time, motion, input, bandwidth and no-JavaScript checks are found by the
/// full audit (with costly checks sampled as configured), and those checks say nothing on the clean pages.
/// </summary>
[TestFixture]
public sealed class AccessDemoDefectTests
{
    private static readonly string[] CheckIds = ["time-limits", "moving-content", "change-of-context", "low-bandwidth", "no-javascript"];

    private AuditResults _results = null!;

    public sealed record Defect(string Page, string RuleId, string Source, string Outcome, string Wcag)
    {
        public override string ToString() => $"{RuleId} on {Page}";
    }

    private sealed record DefectsFile(IReadOnlyList<Defect> Defects, IReadOnlyList<string> CleanPages);

    private static DefectsFile Load() => JsonSerializer.Deserialize<DefectsFile>(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "audit-targets", "demo", "defects.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public static IEnumerable<Defect> Defects() => Load().Defects.Where(d => d.Source == "a11yaudit" && CheckIds.Contains(d.RuleId));

    public static IEnumerable<string> CleanPages() => Load().CleanPages.Where(p => !p.StartsWith("/private/", StringComparison.Ordinal));

    [OneTimeSetUp]
    public async Task AuditDemoAsync() => _results = await DemoAudit.GetAsync();

    private PageResult PageAt(string path)
    {
        var candidates = path.EndsWith("/index.html", StringComparison.Ordinal) ? new[] { path, path[..^"index.html".Length] } : [path];
        var urls = candidates.Select(c => new Uri(DemoAudit.BaseUrl, c).AbsoluteUri).ToHashSet();
        return _results.Pages.Single(p => urls.Contains(p.Url));
    }

    [Test]
    public void EveryCheckHasABarrierOnTheDemo() => Assert.That(Defects().Select(d => d.RuleId).Distinct(), Is.EquivalentTo(CheckIds));

    [TestCaseSource(nameof(Defects))]
    public void BarrierIsFoundOnItsPage(Defect defect)
    {
        var page = PageAt(defect.Page);
        var expected = defect.Outcome == "violation" ? FindingOutcome.Violation : FindingOutcome.NeedsReview;
        var finding = page.Findings.FirstOrDefault(f => f.RuleId == defect.RuleId && f.Outcome == expected);
        Assert.That(finding, Is.Not.Null, $"{defect} not found; found: {string.Join(", ", page.Findings.Select(f => $"{f.RuleId} ({f.Outcome})"))}; not run: {string.Join(", ", page.ChecksNotRun)}");
        Assert.Multiple(() =>
        {
            Assert.That(finding!.Source, Is.EqualTo("a11yaudit"));
            Assert.That(finding.Nodes, Is.Not.Empty);
            Assert.That(finding.WcagCriteria, defect.Wcag.Length == 0 ? Is.Empty : Does.Contain(defect.Wcag));
        });
    }

    [TestCaseSource(nameof(CleanPages))]
    public void CleanPageGivesTheseChecksNothingToReport(string path) =>
        Assert.That(PageAt(path).Findings.Where(f => CheckIds.Contains(f.RuleId)).Select(f => $"{f.RuleId} ({f.Outcome})"), Is.Empty);
}
