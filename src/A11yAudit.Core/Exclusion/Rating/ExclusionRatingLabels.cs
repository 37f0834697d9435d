namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>The words a report prints for each rating.</summary>
public static class ExclusionRatingLabels
{
    public static string Label(this ExclusionRating rating) => rating switch
    {
        ExclusionRating.Outstanding => "Outstanding",
        ExclusionRating.Good => "Good",
        ExclusionRating.RequiresImprovement => "Requires improvement",
        _ => "Inadequate",
    };
}
