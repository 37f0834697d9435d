namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>Estimated people likely to face a blocking or major barrier: best case and worst case.</summary>
public sealed record PeopleBand(long Best, long Worst);
