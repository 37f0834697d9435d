namespace A11yAudit.Reports.Model;

/// <summary>One new or fixed finding: rule, where, which element, and whether it failed the gate.</summary>
public sealed record TrendsDiffItem
{
    public required string RuleId { get; init; }

    /// <summary>critical, serious, moderate, minor or unknown (for the badge class).</summary>
    public required string Impact { get; init; }

    public required string ImpactLabel { get; init; }

    public string Help { get; init; } = "";

    /// <summary>The page URL where this run saw it, or the page pattern from the baseline.</summary>
    public required string Page { get; init; }

    /// <summary>True when <see cref="Page"/> is a URL that can be linked.</summary>
    public bool PageIsUrl { get; init; }

    public required string Selector { get; init; }

    /// <summary>Elements with this fingerprint on one page (more than one only for repeated elements).</summary>
    public int Count { get; init; } = 1;

    /// <summary>The --fail-on conditions this finding failed, e.g. "serious, blocker"; empty when it did not.</summary>
    public string FailedConditions { get; init; } = "";
}
