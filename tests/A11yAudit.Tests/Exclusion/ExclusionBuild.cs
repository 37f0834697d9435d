using A11yAudit.Core.Model;
using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Small builders for pages, findings and journeys, so each test reads as the situation it sets up.</summary>
internal static class ExclusionBuild
{
    public const string Origin = "https://gp.example.nhs.uk";

    public static PageResult Page(string path, params Finding[] findings) => new()
    {
        Url = Origin + path,
        Title = path,
        Outcome = PageOutcome.Scanned,
        Findings = findings,
    };

    public static PageResult FailedPage(string path) => new()
    {
        Url = Origin + path,
        Outcome = PageOutcome.LoadFailed,
        Reason = "time-out",
    };

    public static Finding Violation(string ruleId, string help = "", string source = "axe", Impact? impact = null, RuleCategory category = RuleCategory.Wcag, params string[] tags) =>
        Make(ruleId, help, source, FindingOutcome.Violation, impact, category, tags);

    public static Finding NeedsReview(string ruleId, string help = "", string source = "axe", Impact? impact = null, RuleCategory category = RuleCategory.Wcag, params string[] tags) =>
        Make(ruleId, help, source, FindingOutcome.NeedsReview, impact, category, tags);

    public static Finding Own(string checkId, FindingOutcome outcome = FindingOutcome.Violation) =>
        Make(checkId, "", "a11yaudit", outcome, null, RuleCategory.Wcag, []);

    /// <summary>The same finding with more failing nodes: must not count as more barriers.</summary>
    public static Finding WithNodes(Finding finding, int count) => finding with
    {
        Nodes = Enumerable.Range(1, count).Select(i => new FindingNode { Target = ElementTarget.FromSelector($"#{finding.RuleId}-{i}") }).ToList(),
    };

    public static JourneyOptions Journey(string name, string weight, params string[] steps) => new()
    {
        Name = name,
        Weight = weight,
        Steps = steps,
    };

    private static Finding Make(string ruleId, string help, string source, FindingOutcome outcome, Impact? impact, RuleCategory category, string[] tags) => new()
    {
        RuleId = ruleId,
        Source = source,
        Outcome = outcome,
        Impact = impact,
        Category = category,
        Tags = tags,
        Help = help.Length > 0 ? help : ruleId + " help",
        Nodes = [new FindingNode { Target = ElementTarget.FromSelector("#" + ruleId) }],
    };
}
