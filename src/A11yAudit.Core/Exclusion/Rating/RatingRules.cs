namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>
/// The configurable thresholds of the rating (docs/exclusion-risk.md, "Rating"). The structural rules — a
/// confirmed blocker on a critical journey is Inadequate, a confirmed blocker elsewhere or a major barrier on a
/// critical journey is Requires improvement — are fixed, because they are what the scale means.
/// </summary>
public sealed record RatingRules
{
    /// <summary>
    /// With no journeys the tool cannot know which pages carry critical tasks, so by default a confirmed
    /// blocker on any page is treated as one on a critical journey. Set false to rate it Requires improvement.
    /// </summary>
    public bool BlockerOnAnyPageIsInadequateWithoutJourneys { get; init; } = true;

    /// <summary>More distinct WCAG A/AA rules failing than this is Requires improvement.</summary>
    public int MaxWcagFailuresForGood { get; init; } = 5;

    /// <summary>A group whose best-case product risk reaches this is Requires improvement (more likely stopped than not).</summary>
    public double MaxGroupRiskForGood { get; init; } = 0.5;

    /// <summary>Outstanding needs a manual-review worklist (distinct rule and page pairs) no longer than this.</summary>
    public int MaxNeedsReviewForOutstanding { get; init; } = 10;

    /// <summary>Reasons beyond this many are counted, not listed, so results stay readable.</summary>
    public int MaxReasons { get; init; } = 50;

    public void Validate(string origin)
    {
        if (MaxWcagFailuresForGood < 0 || MaxNeedsReviewForOutstanding < 0 || MaxReasons < 1)
        {
            throw new InvalidDataException($"{origin}: rating limits must not be negative and maxReasons must be at least 1.");
        }

        if (MaxGroupRiskForGood is <= 0 or > 1)
        {
            throw new InvalidDataException($"{origin}: maxGroupRiskForGood must be above 0 and at most 1.");
        }
    }
}
