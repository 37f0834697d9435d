using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>One group's risk across the whole service, and how many people that may mean.</summary>
public sealed record ProductGroupRisk
{
    public required string GroupId { get; init; }

    public required string GroupName { get; init; }

    /// <summary>The group's UK population figure used for <see cref="People"/>.</summary>
    public required long Population { get; init; }

    public bool PopulationIsEstimate { get; init; }

    /// <summary>Chance of being stopped, weighted over journeys (or pages).</summary>
    public required RiskBand Risk { get; init; }

    /// <summary>The same, counting only blocking and major barriers: the basis of the people estimate.</summary>
    public required RiskBand SeriousRisk { get; init; }

    public required PeopleBand People { get; init; }

    public BarrierSeverity? Highest { get; init; }

    public BarrierSeverity? HighestUncertain { get; init; }

    /// <summary>True when a critical journey, not the weighted mean, set this risk.</summary>
    public bool CriticalJourneyFloorApplied { get; init; }

    /// <summary>The decisive barriers, most severe first, each with its journey and step.</summary>
    public IReadOnlyList<BarrierTrace> DecidedBy { get; init; } = [];
}
