namespace A11yAudit.Core.Exclusion.Groups;

/// <summary>A population figure with everything needed to check it: what it counts, where, who said so, and when.</summary>
public sealed record PopulationEstimate
{
    public required long Count { get; init; }

    /// <summary>Exactly who is counted, in the source's terms.</summary>
    public required string Counts { get; init; }

    /// <summary>UK, Great Britain, England ... Figures for part of the UK undercount the UK.</summary>
    public string Geography { get; init; } = "UK";

    public required PopulationFigureKind Kind { get; init; }

    public required string Source { get; init; }

    public required string Year { get; init; }

    public string? Url { get; init; }

    /// <summary>Caveats: undercounts, overlaps, how a derived figure was computed.</summary>
    public string? Note { get; init; }

    /// <summary>True for anything other than an administrative count, so reports can say "estimate".</summary>
    public bool IsEstimate => Kind != PopulationFigureKind.Count;
}
