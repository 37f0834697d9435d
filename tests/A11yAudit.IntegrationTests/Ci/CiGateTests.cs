using System.Text.Json.Nodes;
using System.Xml.Linq;
using A11yAudit.Cli;
using A11yAudit.Core.Baselines;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;
using A11yAudit.Reports.JUnit;
using A11yAudit.Reports.Markdown;
using A11yAudit.Reports.Sarif;
using A11yAudit.Tests.Shared;

namespace A11yAudit.IntegrationTests.Ci;

/// <summary>
/// The CI workflow end to end, through the CLI, in real Chromium, against a site whose build changes between
/// runs: record a baseline; a rebuilt site with regenerated class names passes with nothing new; a new defect
/// fails with exit 1 naming it; a fix passes and is reported fixed; a crawl that reaches only a sign-in page
/// is an error. Five audits in all, run once; each test checks one promise.
/// </summary>
[TestFixture]
public sealed class CiGateTests
{
    private readonly Dictionary<CiSiteVariant, Run> _runs = [];
    private string _work = null!;
    private Run _signInOnly = null!;
    private string _baselineAfterRecording = null!;

    private sealed record Run(CliRunner.Outcome Outcome, string Output)
    {
        public AuditResults Results => ResultsFile.ReadAsync(Path.Join(Output, ResultsFile.FileName)).GetAwaiter().GetResult();

        public string Text => Outcome.Output + Outcome.Error;
    }

    private string BaselineFile => Path.Join(_work, ".a11yaudit", "baseline.json");

    private string HistoryFile => Path.Join(_work, ".a11yaudit", "history.jsonl");

    [OneTimeSetUp]
    public async Task AuditEachBuildOnceAsync()
    {
        _work = RepoPaths.NewTempDirectory();
        await using var site = await CiFixtureSite.StartAsync();

        async Task<Run> AuditAsync(string name, string startPath, params string[] extra)
        {
            var output = Path.Join(_work, name);
            var outcome = await CliRunner.RunAsync([
                "audit", "--url", new Uri(site.BaseUrl, startPath).AbsoluteUri, "--out", output,
                "--baseline", BaselineFile, "--history", HistoryFile, "--max-pages", "20", "--concurrency", "2", .. extra]);
            return new Run(outcome, output);
        }

        foreach (var variant in new[] { CiSiteVariant.Baseline, CiSiteVariant.Churn, CiSiteVariant.Regression, CiSiteVariant.Fixed })
        {
            site.Variant = variant;
            _runs[variant] = await AuditAsync(variant.ToString().ToLowerInvariant(), "/", variant == CiSiteVariant.Baseline ? ["--update-baseline"] : []);
            if (variant == CiSiteVariant.Baseline)
            {
                _baselineAfterRecording = await File.ReadAllTextAsync(BaselineFile);
            }
        }

        site.Variant = CiSiteVariant.Baseline;
        _signInOnly = await AuditAsync("sign-in-only", "/sign-in");
    }

    private Run Of(CiSiteVariant variant) => _runs[variant];

    [Test]
    public async Task Recording_WritesABaselineOfTheKnownDefects_OncePerTemplate()
    {
        var recording = Of(CiSiteVariant.Baseline);
        var baseline = await Core.Baselines.BaselineFile.ReadAsync(BaselineFile);

        Assert.That(recording.Outcome.ExitCode, Is.EqualTo(ExitCodes.Success), recording.Text);
        Assert.That(baseline.Entries.Select(e => $"{e.RuleId} {e.Page}"), Is.SupersetOf(new[] { "image-alt /", "color-contrast /book", "label /patients/{n}" }));
        Assert.That(baseline.Entries.Single(e => e.RuleId == "label").Count, Is.EqualTo(1), "two records of one template are one problem");
        Assert.That(baseline.Pages, Is.EqualTo(new[] { "/", "/book", "/contact", "/patients/{n}" }));
    }

    [Test]
    public void RebuiltSite_WithRegeneratedClassNames_PassesWithNothingNew()
    {
        var churn = Of(CiSiteVariant.Churn);
        var diff = churn.Results.Baseline!;

        Assert.That(churn.Outcome.ExitCode, Is.EqualTo(ExitCodes.Success), churn.Text);
        Assert.That((diff.New, diff.Fixed, diff.NotRechecked), Is.EqualTo((0, 0, 0)), churn.Text);
        Assert.That(diff.StillPresent, Is.EqualTo(Of(CiSiteVariant.Baseline).Results.Baseline!.New));
        Assert.That(churn.Text, Does.Contain("Gate: passed"));
    }

    [Test]
    public void RebuiltSite_HasTheSameFingerprints()
    {
        static IEnumerable<string> Fingerprints(AuditResults results) =>
            results.Pages.SelectMany(p => p.Findings).Where(f => f.Outcome == Core.Model.FindingOutcome.Violation).SelectMany(f => f.Nodes).Select(n => n.Fingerprint!).Distinct().Order();

        Assert.That(Fingerprints(Of(CiSiteVariant.Churn).Results), Is.EqualTo(Fingerprints(Of(CiSiteVariant.Baseline).Results)));
    }

    [Test]
    public void NewDefect_FailsWithExitOne_NamingRulePageAndSelector()
    {
        var regression = Of(CiSiteVariant.Regression);
        var added = regression.Results.Baseline!.NewFindings.Single();

        Assert.That(regression.Outcome.ExitCode, Is.EqualTo(ExitCodes.GateFailed), regression.Text);
        Assert.That(added.RuleId, Is.EqualTo("button-name"));
        Assert.That(regression.Text, Does.Contain("Gate: FAILED"));
        Assert.That(regression.Text, Does.Contain($"button-name on {added.Url} at {added.Target}"));
        Assert.That(added.Url, Does.EndWith("/contact"));
    }

    [Test]
    public async Task NewDefect_IsMarkedInSarifJUnitAndTheSummary()
    {
        var output = Of(CiSiteVariant.Regression).Output;
        var sarif = JsonNode.Parse(await File.ReadAllTextAsync(Path.Join(output, SarifWriter.FileName)))!;
        var junit = XDocument.Load(Path.Join(output, JUnitWriter.FileName));
        var summary = await File.ReadAllTextAsync(Path.Join(output, MarkdownSummaryWriter.FileName));

        var states = sarif["runs"]![0]!["results"]!.AsArray().Where(r => (string)r!["kind"]! == "fail").ToLookup(r => (string)r!["ruleId"]!, r => (string)r!["baselineState"]!);
        Assert.That(states["button-name"], Is.EqualTo(new[] { "new" }));
        Assert.That(states.Where(g => g.Key != "button-name").SelectMany(g => g), Has.All.EqualTo("unchanged"));
        Assert.That(junit.Descendants("failure").Single(f => f.Parent!.Attribute("name")!.Value.StartsWith("button-name", StringComparison.Ordinal)).Value, Does.Contain("[new]"));
        Assert.That(summary, Does.Contain("**❌ Failed.**").And.Contain("`button-name` on `/contact`").And.Contain("**fails the gate**"));
    }

    [Test]
    public void FixedDefect_PassesAndIsReportedFixed_WithAdviceToTighten()
    {
        var fixedRun = Of(CiSiteVariant.Fixed);
        var diff = fixedRun.Results.Baseline!;

        Assert.That(fixedRun.Outcome.ExitCode, Is.EqualTo(ExitCodes.Success), fixedRun.Text);
        Assert.That(diff.FixedFindings.Select(e => e.RuleId), Is.EqualTo(new[] { "image-alt" }));
        Assert.That(diff.New, Is.Zero);
        Assert.That(fixedRun.Text, Does.Contain("FIXED").And.Contain("The baseline can be tightened"));
    }

    [Test]
    public async Task JudgedRuns_LeaveTheBaselineAlone() =>
        Assert.That(await File.ReadAllTextAsync(BaselineFile), Is.EqualTo(_baselineAfterRecording));

    [Test]
    public void SignInPageAlone_IsAnErrorNotAPass()
    {
        Assert.That(_signInOnly.Outcome.ExitCode, Is.EqualTo(ExitCodes.BadInputOrToolFailure), _signInOnly.Text);
        Assert.That(_signInOnly.Outcome.Error, Does.Contain("only 1 page was scanned"));
    }

    [TestCase(CiSiteVariant.Baseline)]
    [TestCase(CiSiteVariant.Regression)]
    public async Task Sarif_ValidatesAgainstTheSchema(CiSiteVariant variant)
    {
        var schema = await SarifSchema.LoadOrIgnoreAsync();

        var errors = SarifSchema.Validate(schema, await File.ReadAllTextAsync(Path.Join(Of(variant).Output, SarifWriter.FileName)));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void JUnit_ParsesWithACasePerPageAndCheck()
    {
        var run = Of(CiSiteVariant.Regression);
        var results = run.Results;
        var root = XDocument.Load(Path.Join(run.Output, JUnitWriter.FileName)).Root!;
        var scanned = results.Pages.Where(p => p.WasScanned).ToList();
        var expectedCases = scanned.Sum(p => p.Findings.Select(f => f.RuleId).Concat(p.PassedRules).Distinct().Count()) + results.Pages.Count(p => !p.WasScanned);
        var expectedFailures = scanned.Sum(p => p.Findings.Where(f => f.Outcome == Core.Model.FindingOutcome.Violation).Select(f => f.RuleId).Distinct().Count());

        Assert.Multiple(() =>
        {
            Assert.That(root.Elements("testsuite").Count(), Is.EqualTo(results.Pages.Count));
            Assert.That((int)root.Attribute("tests")!, Is.EqualTo(expectedCases));
            Assert.That(root.Descendants("testcase").Count(), Is.EqualTo(expectedCases));
            Assert.That((int)root.Attribute("failures")!, Is.EqualTo(expectedFailures));
            Assert.That(root.Descendants("failure").Count(), Is.EqualTo(expectedFailures));
        });
    }

    [Test]
    public void History_HasEveryJudgedRun_AndTheReportDataCarriesIt()
    {
        var history = Core.History.HistoryFile.Read(HistoryFile);

        Assert.That(history, Has.Count.EqualTo(4), "the sign-in-only run could not be judged and is not history");
        Assert.That(history.Select(h => h.New), Is.EqualTo(new int?[] { null, 0, 1, 0 }), "the recording run compared with nothing");
        Assert.That(Of(CiSiteVariant.Fixed).Results.History, Has.Count.EqualTo(4));
    }
}
