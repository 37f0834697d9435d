namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// The risk per group on a user task: the user must pass every step, so one blocker anywhere blocks the
/// whole journey for that group.
/// </summary>
public sealed record JourneyRisk
{
    public required string Name { get; init; }

    /// <summary>critical, important or other, as given in the target file.</summary>
    public required string Weight { get; init; }

    public bool IsCritical { get; init; }

    /// <summary>True when no journeys were given and this is a scanned page standing in for a one-step task.</summary>
    public bool FromPage { get; init; }

    public required IReadOnlyList<JourneyStepResult> Steps { get; init; }

    /// <summary>Every group in the catalogue, in catalogue order.</summary>
    public required IReadOnlyList<GroupRisk> Groups { get; init; }

    /// <summary>False when any step was not audited: the risk then covers only the audited steps.</summary>
    public bool Complete => Steps.All(s => s.Audited);
}
