using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;
using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Exclusion.Scoring;

namespace A11yAudit.Core.Exclusion;

/// <summary>
/// Who is shut out, where, and how many people: the exclusion-risk result written to results.json. Carries the
/// groups, mappings and constants it used, so a reader can trace every number without the tool.
/// </summary>
public sealed record ExclusionAssessment
{
    /// <summary>Bumped when the meaning of a field changes.</summary>
    public const int CurrentModelVersion = 1;

    public int ModelVersion { get; init; } = CurrentModelVersion;

    public string GroupsVersion { get; init; } = "";

    public string BarrierMapVersion { get; init; } = "";

    /// <summary>The groups, with the population figures and sources used.</summary>
    public required IReadOnlyList<ExclusionGroup> Groups { get; init; }

    public required ScoringSettings Scoring { get; init; }

    /// <summary>The mapping of every check that produced a finding in this audit (fallback ones marked).</summary>
    public required IReadOnlyList<BarrierMapping> Mappings { get; init; }

    /// <summary>False when the target listed no journeys and each page stands in for a one-step task.</summary>
    public bool JourneysGiven { get; init; }

    public required IReadOnlyList<PageRisk> Pages { get; init; }

    public required IReadOnlyList<JourneyRisk> Journeys { get; init; }

    public required ProductRisk Product { get; init; }

    public required RatingResult Rating { get; init; }
}
