using System.Text.Json;
using A11yAudit.Browser.Check;
using A11yAudit.Cli;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Cli;

/// <summary>`report` re-renders from a results file without crawling; `rules --json` lists every check for tools.</summary>
public sealed class ReportAndRulesCommandTests
{
    [Test]
    public async Task ReportRendersFromAResultsFileAlone()
    {
        var results = await DemoAudit.GetAsync();
        var work = RepoPaths.NewTempDirectory();
        var file = Path.Combine(work, ResultsFile.FileName);
        await ResultsFile.WriteAsync(results, file);
        var output = Path.Combine(work, "re-rendered");

        var outcome = await CliRunner.RunAsync("report", file, "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.Error + outcome.Output);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("Riverside Health"));
            Assert.That(html, Does.Contain(results.Pages.First(p => p.WasScanned).Title!.Replace("&", "&amp;", StringComparison.Ordinal)));
            Assert.That(File.Exists(Path.Combine(output, "assets", "report.css")), Is.True, "the report's own assets are copied");
        });
    }

    [Test]
    public async Task ReportNamesAResultsFileThatIsMissingOrBroken()
    {
        var work = RepoPaths.NewTempDirectory();
        var broken = Path.Combine(work, "broken.json");
        await File.WriteAllTextAsync(broken, "{\"pages\": [");

        foreach (var (file, expected) in new[] { (Path.Combine(work, "missing.json"), "missing.json"), (broken, "broken.json") })
        {
            var outcome = await CliRunner.RunAsync("report", file, "--out", Path.Combine(work, "out"));
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.BadInputOrToolFailure));
                Assert.That(outcome.Error, Does.Contain(expected));
                Assert.That(outcome.Error + outcome.Output, Does.Not.Contain("   at "), "no stack trace");
            });
        }
    }

    [Test]
    public async Task RulesAsJsonListsEveryOwnCheckAndAxeRule()
    {
        var outcome = await CliRunner.RunAsync("rules", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.Error);

        using var json = JsonDocument.Parse(outcome.Output);
        var rules = json.RootElement.EnumerateArray().Select(r => (Source: r.GetProperty("source").GetString(), Id: r.GetProperty("ruleId").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rules.Where(r => r.Source == "a11yaudit").Select(r => r.Id), Is.SupersetOf(CheckRegistry.All.Select(c => c.Id)), "every own check");
            Assert.That(rules.Where(r => r.Source == "axe").Select(r => r.Id), Does.Contain("color-contrast").And.Contain("image-alt"), "axe-core's rules");
            Assert.That(rules, Is.Unique, "one entry per source and id (axe and A11yAudit both have a skip-link rule)");
        });
    }

    [Test]
    public async Task AnAuditsRuleCatalogueKeepsTheSameIdFromBothSources()
    {
        // Axe's skip-link (the link's target exists) and A11yAudit's (the link works from the keyboard) differ; each
        // keeps its own description in results.json.
        var results = await DemoAudit.GetAsync();
        var skipLinks = results.Rules.Where(r => r.Id == "skip-link").ToList();
        Assert.That(skipLinks.Select(r => r.Source), Is.EquivalentTo(new[] { "axe", "a11yaudit" }));
        Assert.That(skipLinks.Select(r => r.Help).Distinct().Count(), Is.EqualTo(2));
    }
}
