using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Demo;

/// <summary>The demo's documented defects (audit-targets/demo/defects.json) are found, and its clean pages stay clean.</summary>
[TestFixture]
public sealed class DemoDefectTests
{
    private AuditResults _results = null!;

    public sealed record Defect(string Page, string RuleId, string Source, string Outcome, string Wcag)
    {
        public override string ToString() => $"{RuleId} on {Page}";
    }

    private sealed record DefectsFile(IReadOnlyList<Defect> Defects, IReadOnlyList<string> CleanPages);

    private static DefectsFile Load() => JsonSerializer.Deserialize<DefectsFile>(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "audit-targets", "demo", "defects.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public static IEnumerable<Defect> AxeDefects() => Load().Defects.Where(d => d.Source == "axe");

    public static IEnumerable<string> CleanPages() => Load().CleanPages.Where(p => !p.StartsWith("/private/", StringComparison.Ordinal));

    [OneTimeSetUp]
    public async Task AuditDemoAsync() => _results = await DemoAudit.GetAsync();

    private PageResult PageAt(string path)
    {
        // The demo links its home page as "/", which is the same document as /index.html.
        var candidates = path.EndsWith("/index.html", StringComparison.Ordinal) ? new[] { path, path[..^"index.html".Length] } : [path];
        var urls = candidates.Select(c => new Uri(DemoAudit.BaseUrl, c).AbsoluteUri).ToHashSet();
        return _results.Pages.SingleOrDefault(p => urls.Contains(p.Url))
            ?? throw new AssertionException($"{path} was not audited; audited: {string.Join(", ", _results.Pages.Select(p => p.Url))}");
    }

    [TestCaseSource(nameof(AxeDefects))]
    public void DocumentedDefectIsFoundOnItsPage(Defect defect)
    {
        var page = PageAt(defect.Page);
        var finding = page.Findings.FirstOrDefault(f => f.RuleId == defect.RuleId);
        Assert.That(finding, Is.Not.Null, $"{defect.RuleId} not found on {defect.Page}; found: {string.Join(", ", page.Findings.Select(f => f.RuleId))}");
        Assert.Multiple(() =>
        {
            Assert.That(finding!.Outcome, Is.EqualTo(defect.Outcome == "violation" ? FindingOutcome.Violation : FindingOutcome.NeedsReview));
            Assert.That(finding.WcagCriteria, Does.Contain(defect.Wcag));
            Assert.That(finding.Nodes, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(CleanPages))]
    public void CleanPageHasNoViolation(string path)
    {
        var page = PageAt(path);
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned), page.Reason);
        Assert.That(page.Findings.Where(f => f.Outcome == FindingOutcome.Violation).Select(f => f.RuleId), Is.Empty);
    }

    [Test]
    public void EveryDemoPageIsAuditedAndPrivatePagesAreNot()
    {
        var htmlFiles = Directory.EnumerateFiles(RepoPaths.DemoSite, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(RepoPaths.DemoSite, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("/private/", StringComparison.Ordinal))
            .ToList();
        foreach (var path in htmlFiles)
        {
            Assert.That(PageAt(path).WasScanned, Is.True, $"{path}: {PageAt(path).Reason}");
        }

        Assert.That(_results.Pages.Select(p => p.Url), Has.None.Contains("/private/"));
    }
}
