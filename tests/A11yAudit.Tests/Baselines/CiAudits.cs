using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Tests.Baselines;

/// <summary>
/// Small audits for the CI features, scored with the real exclusion model and fingerprinted as the CLI does,
/// so each test states only the pages and findings it is about.
/// </summary>
internal static class CiAudits
{
    public const string Origin = "https://gp.example";

    public static readonly DateTimeOffset Finished = new(2026, 3, 5, 14, 5, 0, TimeSpan.Zero);

    public static readonly Fingerprinter Fingerprinter = new();

    public static FindingNode Node(string selector, string? html = null) => new()
    {
        Target = ElementTarget.FromSelector(selector),
        Html = html ?? $"<div id=\"{selector.TrimStart('#', '.')}\"></div>",
        FailureSummary = "Fix any of the following:\n  Element has no accessible name",
    };

    public static Finding Violation(string ruleId, Impact? impact, params FindingNode[] nodes) => Make(ruleId, FindingOutcome.Violation, impact, nodes);

    public static Finding Review(string ruleId, Impact? impact, params FindingNode[] nodes) => Make(ruleId, FindingOutcome.NeedsReview, impact, nodes);

    public static PageResult Page(string path, params Finding[] findings) => new()
    {
        Url = Origin + path,
        Title = "Page " + path,
        HttpStatus = 200,
        Outcome = PageOutcome.Scanned,
        Findings = findings,
        PassedRules = ["document-title", "html-has-lang"],
    };

    public static PageResult Failed(string path) => new()
    {
        Url = Origin + path,
        Outcome = PageOutcome.LoadFailed,
        Reason = "The page did not finish loading within 30 seconds.",
    };

    /// <summary>An audit of these pages: rule catalogue, exclusion assessment and fingerprints filled in.</summary>
    public static AuditResults Audit(params PageResult[] pages)
    {
        var rules = pages.SelectMany(p => p.Findings)
            .GroupBy(f => f.RuleId)
            .Select(g => new RuleInfo { Id = g.Key, Source = "axe", Help = g.First().Help, HelpUrl = g.First().HelpUrl, WcagCriteria = g.First().WcagCriteria, Tags = g.First().Tags })
            .ToList();
        var results = new AuditResults
        {
            Tool = new ToolVersions { Name = "A11yAudit", Version = "0.1.0", AxeVersion = "4.14.0", BrowserName = "Chromium", BrowserVersion = "140.0" },
            Target = new AuditTarget { Name = "GP practice", StartUrls = [Origin + "/"], Viewport = "mobile" },
            StartedAt = Finished.AddMinutes(-3),
            FinishedAt = Finished,
            Pages = pages,
            Rules = rules,
            Exclusion = ExclusionModel.LoadDefault().Assess(pages, []),
        };
        return Fingerprinter.Apply(results);
    }

    private static Finding Make(string ruleId, FindingOutcome outcome, Impact? impact, FindingNode[] nodes) => new()
    {
        RuleId = ruleId,
        Source = "axe",
        Outcome = outcome,
        Impact = impact,
        WcagCriteria = ruleId == "color-contrast" ? ["1.4.3"] : ["4.1.2"],
        Tags = ["wcag2a", ruleId == "color-contrast" ? "wcag143" : "wcag412"],
        Description = "Ensures " + ruleId + " passes",
        Help = "Help for " + ruleId,
        HelpUrl = $"https://dequeuniversity.com/rules/axe/4.14/{ruleId}",
        Nodes = nodes.Length > 0 ? nodes : [Node("#" + ruleId)],
    };
}
