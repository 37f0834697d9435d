namespace A11yAudit.Core.Baselines;

/// <summary>A group's service-wide exclusion risk when the baseline was recorded (best and worst case).</summary>
public sealed record BaselineGroupRisk(string GroupId, double Risk, double WorstRisk);
