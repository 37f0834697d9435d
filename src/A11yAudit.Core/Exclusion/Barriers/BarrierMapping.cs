namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>Which groups one check affects, how badly, and the one-line reason shown in reports.</summary>
public sealed record BarrierMapping
{
    public required string RuleId { get; init; }

    /// <summary>"axe" for axe-core rules, "a11yaudit" for the tool's own checks (ids can clash across sources).</summary>
    public string Source { get; init; } = RuleSources.Axe;

    public required string Rationale { get; init; }

    /// <summary>Group id to severity. Every mapping names at least one group.</summary>
    public required IReadOnlyDictionary<string, BarrierSeverity> Groups { get; init; }

    /// <summary>True when the mapping came from the category/impact fallback rather than an explicit entry.</summary>
    public bool IsFallback { get; init; }
}
