namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>One check as the `rules` command lists it: who it affects, how badly, and why.</summary>
public sealed record RuleDescription
{
    public required string RuleId { get; init; }

    public required string Source { get; init; }

    public required string Rationale { get; init; }

    public bool IsFallback { get; init; }

    /// <summary>Most severe first.</summary>
    public required IReadOnlyList<RuleGroupImpact> Groups { get; init; }
}
