using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>Builds the findings of the tool's own checks in one consistent shape.</summary>
internal static class OwnFinding
{
    public const string Source = "a11yaudit";

    /// <summary>Enough elements to show a pattern without flooding the report.</summary>
    public const int MaxNodes = 20;

    /// <summary>WCAG 2.2 level AAA success criteria: like axe's AAA rules, checks of these are best practice.</summary>
    private static readonly HashSet<string> AaaCriteria = new(StringComparer.Ordinal)
    {
        "1.2.6", "1.2.7", "1.2.8", "1.2.9", "1.3.6", "1.4.6", "1.4.7", "1.4.8", "1.4.9", "2.1.3", "2.2.3", "2.2.4", "2.2.5",
        "2.2.6", "2.3.2", "2.3.3", "2.4.8", "2.4.9", "2.4.10", "2.4.12", "2.4.13", "2.5.5", "2.5.6", "3.1.3", "3.1.4", "3.1.5",
        "3.1.6", "3.2.5", "3.3.5", "3.3.6", "3.3.9",
    };

    /// <summary>Wcag when a check tests at least one level A or AA criterion, otherwise best practice.</summary>
    public static RuleCategory CategoryFor(IReadOnlyList<string> criteria) =>
        criteria.Any(c => !AaaCriteria.Contains(c)) ? RuleCategory.Wcag : RuleCategory.BestPractice;

    public static Finding Create(
        IPageCheck check,
        string? viewport,
        FindingOutcome outcome,
        Impact impact,
        string description,
        string helpUrl,
        IEnumerable<FindingNode> nodes) => new()
    {
        RuleId = check.Id,
        Source = Source,
        Outcome = outcome,
        Impact = impact,
        Category = CategoryFor(check.WcagCriteria),
        WcagCriteria = check.WcagCriteria,
        Description = description,
        Help = check.Help,
        HelpUrl = helpUrl,
        Viewport = viewport,
        Nodes = nodes.Take(MaxNodes).ToList(),
    };

    /// <summary>Splits measured elements by outcome: one violation finding and one needs-review finding at most.</summary>
    public static IReadOnlyList<Finding> Split(
        IPageCheck check,
        string? viewport,
        Impact impact,
        string description,
        string helpUrl,
        IEnumerable<(FindingOutcome Outcome, FindingNode Node)> nodes)
    {
        var list = nodes.ToList();
        var findings = new List<Finding>();
        foreach (var outcome in new[] { FindingOutcome.Violation, FindingOutcome.NeedsReview })
        {
            var matching = list.Where(n => n.Outcome == outcome).Select(n => n.Node).ToList();
            if (matching.Count > 0)
            {
                findings.Add(Create(check, viewport, outcome, impact, description, helpUrl, matching));
            }
        }

        return findings;
    }

    public static FindingNode Node(string selector, string html, string summary, IReadOnlyDictionary<string, string>? evidence = null) => new()
    {
        Target = ElementTarget.FromSelector(selector),
        Html = Truncate(html),
        FailureSummary = summary,
        Evidence = evidence,
    };

    public static string Truncate(string text, int max = 300) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
