namespace A11yAudit.Core.Model;

/// <summary>
/// A violation is a confirmed failure; needs-review (axe "incomplete") is something a person must judge.
/// The two are never merged: scoring treats needs-review as uncertain.
/// </summary>
public enum FindingOutcome
{
    Violation,
    NeedsReview,
}
