namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>The panel's four-level scale, best to worst, so "worse" compares as greater.</summary>
public enum ExclusionRating
{
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}
