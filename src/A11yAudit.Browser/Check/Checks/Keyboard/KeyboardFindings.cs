using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>One affected element and whether its evidence makes it a violation or a case for review.</summary>
internal sealed record CheckNode(FindingNode Node, FindingOutcome Outcome);

/// <summary>
/// Builds a keyboard check's findings: at most one violation and one needs-review finding per page (as axe
/// reports violations and incomplete results separately), each with up to <see cref="MaxNodes"/> elements.
/// </summary>
internal static class KeyboardFindings
{
    public const string Source = "a11yaudit";

    public const int MaxNodes = 20;

    public static IReadOnlyList<Finding> Create(IPageCheck check, PageCheckContext context, string description, string helpUrl, Impact impact, IEnumerable<CheckNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(context);
        var all = nodes.ToList();
        var findings = new List<Finding>();
        foreach (var outcome in new[] { FindingOutcome.Violation, FindingOutcome.NeedsReview })
        {
            var these = all.Where(n => n.Outcome == outcome).Select(n => n.Node).Take(MaxNodes).ToList();
            if (these.Count == 0)
            {
                continue;
            }

            findings.Add(new Finding
            {
                RuleId = check.Id,
                Source = Source,
                Outcome = outcome,
                Impact = impact,
                Category = check.WcagCriteria.Count > 0 ? RuleCategory.Wcag : RuleCategory.BestPractice,
                WcagCriteria = check.WcagCriteria,
                Description = description,
                Help = check.Help,
                HelpUrl = helpUrl,
                Viewport = context.Viewport,
                Nodes = these,
            });
        }

        return findings;
    }

    public static FindingNode Node(IReadOnlyList<string> selector, string html, string summary, IReadOnlyDictionary<string, string> evidence, Impact? impact = null) => new()
    {
        Target = new ElementTarget([selector.Count > 0 ? selector : ["html"]]),
        Html = html,
        FailureSummary = summary,
        Evidence = evidence,
        Impact = impact,
    };

    /// <summary>A selector chain for display in evidence ("host &gt;&gt; inner").</summary>
    public static string Display(IReadOnlyList<string> selector) => string.Join(" >> ", selector);

    public static string Px(double value) => Math.Round(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
