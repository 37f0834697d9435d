using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>One group's chance of being stopped on a page or journey, with the barriers that decided it.</summary>
public sealed record GroupRisk
{
    public required string GroupId { get; init; }

    public required RiskBand Risk { get; init; }

    /// <summary>The most severe confirmed barrier, or null when none was confirmed.</summary>
    public BarrierSeverity? Highest { get; init; }

    /// <summary>The most severe needs-review barrier, or null when nothing needs review.</summary>
    public BarrierSeverity? HighestUncertain { get; init; }

    /// <summary>Most severe and confirmed first. Pages keep every barrier; journeys keep the decisive few.</summary>
    public IReadOnlyList<BarrierTrace> Barriers { get; init; } = [];
}
