namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>The values of <see cref="Model.Finding.Source"/> the barrier map knows about.</summary>
public static class RuleSources
{
    public const string Axe = "axe";

    public const string A11yAudit = "a11yaudit";
}
