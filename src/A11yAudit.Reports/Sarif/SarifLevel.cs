using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Sarif;

/// <summary>axe impact to SARIF level: critical and serious are errors, moderate a warning, minor a note.</summary>
internal static class SarifLevel
{
    public static string Of(Impact? impact) => impact switch
    {
        Impact.Critical or Impact.Serious => "error",
        Impact.Minor => "note",

        // Moderate, and checks that rate no impact: worth attention, not an error.
        _ => "warning",
    };

    /// <summary>GitHub's severity filter reads this; it mirrors the level.</summary>
    public static string ProblemSeverity(Impact? impact) => Of(impact) == "note" ? "recommendation" : Of(impact);
}
