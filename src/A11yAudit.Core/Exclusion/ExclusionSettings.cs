using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Exclusion.Scoring;

namespace A11yAudit.Core.Exclusion;

/// <summary>The model's tunable constants: scoring formula constants and rating thresholds.</summary>
public sealed record ExclusionSettings
{
    public ScoringSettings Scoring { get; init; } = new();

    public RatingRules Rating { get; init; } = new();

    public void Validate(string origin)
    {
        Scoring.Validate(origin);
        Rating.Validate(origin);
    }
}
