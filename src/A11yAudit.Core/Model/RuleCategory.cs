namespace A11yAudit.Core.Model;

/// <summary>Whether a rule tests a WCAG A/AA success criterion or is advice beyond the standard.</summary>
public enum RuleCategory
{
    Wcag,
    BestPractice,
    Experimental,
}
