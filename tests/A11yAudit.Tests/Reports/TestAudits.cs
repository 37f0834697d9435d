using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Tests.Reports;

/// <summary>Small builders for synthetic audits, so each test states only what it is about.</summary>
internal static class TestAudits
{
    public static readonly DateTimeOffset Start = new(2025, 3, 5, 14, 2, 10, TimeSpan.Zero);

    public static AuditResults Results(params PageResult[] pages) => new()
    {
        Tool = new ToolVersions { Name = "A11yAudit", Version = "0.1.0", AxeVersion = "4.10.2" },
        Target = new AuditTarget { Name = "Test site", StartUrls = ["https://example.test/"] },
        StartedAt = Start,
        FinishedAt = Start.AddSeconds(192),
        Pages = pages,
    };

    public static PageResult Page(string url, int depth = 0, params Finding[] findings) => new()
    {
        Url = url,
        Depth = depth,
        HttpStatus = 200,
        Title = "Title of " + url,
        Outcome = PageOutcome.Scanned,
        Findings = findings,
    };

    public static Finding Violation(string ruleId, Impact? impact, params FindingNode[] nodes) =>
        Make(ruleId, FindingOutcome.Violation, impact, nodes);

    public static Finding Review(string ruleId, Impact? impact, params FindingNode[] nodes) =>
        Make(ruleId, FindingOutcome.NeedsReview, impact, nodes);

    public static FindingNode Node(string selector, string? html = null) => new()
    {
        Target = ElementTarget.FromSelector(selector),
        Html = html ?? $"<div class=\"{selector.TrimStart('.', '#')}\"></div>",
        FailureSummary = "Fix it",
    };

    private static Finding Make(string ruleId, FindingOutcome outcome, Impact? impact, FindingNode[] nodes) => new()
    {
        RuleId = ruleId,
        Source = "axe",
        Outcome = outcome,
        Impact = impact,
        Help = "Help for " + ruleId,
        WcagCriteria = ["1.4.3"],
        Nodes = nodes,
    };
}
