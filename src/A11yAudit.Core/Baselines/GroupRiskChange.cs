namespace A11yAudit.Core.Baselines;

/// <summary>A group's service-wide risk (best case) in the baseline and now.</summary>
public sealed record GroupRiskChange(string GroupId, string GroupName, double Before, double Now)
{
    public double Change => Now - Before;
}
