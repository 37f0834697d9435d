using System.Text.Json;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>Builds the one finding a check reports per page and outcome, with its nodes capped.</summary>
internal static class OwnCheckFinding
{
    /// <summary>More nodes than this add length to a report, not understanding.</summary>
    public const int MaxNodes = 20;

    public const string Source = "a11yaudit";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Finding Create(
        IPageCheck check,
        PageCheckContext context,
        FindingOutcome outcome,
        Impact impact,
        string description,
        string helpUrl,
        IEnumerable<FindingNode> nodes,
        IReadOnlyList<string>? wcagCriteria = null) =>
        new()
        {
            RuleId = check.Id,
            Source = Source,
            Outcome = outcome,
            Impact = impact,
            Category = check.WcagCriteria.Count > 0 ? RuleCategory.Wcag : RuleCategory.BestPractice,
            WcagCriteria = wcagCriteria ?? check.WcagCriteria,
            Help = check.Help,
            Description = description,
            HelpUrl = helpUrl,
            Viewport = context.Viewport,
            Nodes = nodes.Take(MaxNodes).ToList(),
        };

    public static FindingNode Node(string selector, string html, string failureSummary, Impact impact, IReadOnlyDictionary<string, string> evidence) =>
        new()
        {
            Target = ElementTarget.FromSelector(string.IsNullOrEmpty(selector) ? "html" : selector),
            Html = html,
            FailureSummary = failureSummary,
            Impact = impact,
            Evidence = evidence,
        };
}
