namespace A11yAudit.Core.Model;

/// <summary>One rule's result on one page: the rule, its outcome, and every element it applies to.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    /// <summary>"axe" for axe-core rules, "a11yaudit" for the tool's own exclusion checks.</summary>
    public required string Source { get; init; }

    public required FindingOutcome Outcome { get; init; }

    public Impact? Impact { get; init; }

    public RuleCategory Category { get; init; } = RuleCategory.Wcag;

    /// <summary>WCAG success criteria as numbers, e.g. "1.4.3".</summary>
    public IReadOnlyList<string> WcagCriteria { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string Description { get; init; } = "";

    public string Help { get; init; } = "";

    public string? HelpUrl { get; init; }

    /// <summary>The viewport the finding was seen in, e.g. "mobile" or "desktop".</summary>
    public string? Viewport { get; init; }

    public IReadOnlyList<FindingNode> Nodes { get; init; } = [];
}
