namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>The rating, the reasons that decided it (most important first), and what it cannot see.</summary>
public sealed record RatingResult
{
    public required ExclusionRating Rating { get; init; }

    public required string Label { get; init; }

    public required IReadOnlyList<RatingReason> Reasons { get; init; }

    /// <summary>Reasons left out beyond <see cref="RatingRules.MaxReasons"/>.</summary>
    public int OmittedReasons { get; init; }

    /// <summary>Plain statements of what an automated rating cannot know.</summary>
    public required IReadOnlyList<string> Limits { get; init; }

    /// <summary>The thresholds used, so the rating can be reproduced.</summary>
    public required RatingRules Rules { get; init; }
}
