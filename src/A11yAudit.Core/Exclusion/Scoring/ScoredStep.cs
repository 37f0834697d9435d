namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// A journey step with its matched pages. <see cref="Counted"/> is false when the step stands for exactly the
/// same pages as an earlier step, which are then not counted twice.
/// </summary>
internal sealed record ScoredStep(JourneyStepResult Result, IReadOnlyList<ScoredPage> Pages, bool Counted);
