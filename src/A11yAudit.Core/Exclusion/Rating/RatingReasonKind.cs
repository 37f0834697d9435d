namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>What kind of evidence a reason is; within a rating level reasons are ordered by this.</summary>
public enum RatingReasonKind
{
    BlockedOnCriticalJourney,
    BlockedOnPage,
    BlockedOnJourney,
    BlockedOutsideJourneys,
    MajorOnCriticalJourney,
    HighGroupRisk,
    WcagFailures,
    NothingAudited,
    MajorBarrier,
    PossibleBlocker,
    NeedsReviewWorklist,
    StepNotAudited,
    NoBlockers,
    NoSeriousBarriers,
}
