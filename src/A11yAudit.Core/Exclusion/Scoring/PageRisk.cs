namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>The risk per group on one scanned page.</summary>
public sealed record PageRisk
{
    public required string Url { get; init; }

    public string? Title { get; init; }

    /// <summary>Every group in the catalogue, in catalogue order; a group with no barrier has zero risk.</summary>
    public required IReadOnlyList<GroupRisk> Groups { get; init; }
}
