namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>
/// One sentence that helped decide the rating, with the references a report needs to link it to the journey
/// cell and the finding.
/// </summary>
public sealed record RatingReason
{
    /// <summary>The rating this reason argues for (a reason for Good explains why the service is not Outstanding).</summary>
    public required ExclusionRating Supports { get; init; }

    public required RatingReasonKind Kind { get; init; }

    public required string Text { get; init; }

    public string? GroupId { get; init; }

    public string? Journey { get; init; }

    public int? Step { get; init; }

    public string? PageUrl { get; init; }

    public string? RuleId { get; init; }

    public string? Selector { get; init; }
}
