namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>Risk per group for the whole service, and the people estimate.</summary>
public sealed record ProductRisk
{
    /// <summary>"journeys" when the target listed journeys, otherwise "pages".</summary>
    public required string WeightedBy { get; init; }

    /// <summary>Every group in the catalogue, in catalogue order.</summary>
    public required IReadOnlyList<ProductGroupRisk> Groups { get; init; }

    public required PeopleRange People { get; init; }
}
