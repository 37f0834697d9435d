namespace A11yAudit.Core.History;

/// <summary>A group's service-wide risk in one run (best and worst case).</summary>
public sealed record HistoryGroupRisk(string GroupId, double Risk, double WorstRisk);
