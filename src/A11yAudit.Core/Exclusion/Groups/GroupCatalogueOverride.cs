namespace A11yAudit.Core.Exclusion.Groups;

/// <summary>
/// The shape of a groups override file: only what it changes. With "replace": true it must be a whole
/// catalogue (UK population, overlap note and every group).
/// </summary>
public sealed record GroupCatalogueOverride
{
    public string? Version { get; init; }

    public PopulationEstimate? UkPopulation { get; init; }

    public string? OverlapNote { get; init; }

    public IReadOnlyList<ExclusionGroup> Groups { get; init; } = [];

    public bool Replace { get; init; }
}
