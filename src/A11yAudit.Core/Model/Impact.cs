namespace A11yAudit.Core.Model;

/// <summary>axe-core's impact scale, least to most severe, so comparisons read naturally.</summary>
public enum Impact
{
    Minor = 1,
    Moderate = 2,
    Serious = 3,
    Critical = 4,
}
