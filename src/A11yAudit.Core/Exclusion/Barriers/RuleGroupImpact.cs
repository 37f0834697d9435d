namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>One group a check affects, with the group's display name for listings.</summary>
public sealed record RuleGroupImpact(string GroupId, string GroupName, BarrierSeverity Severity);
