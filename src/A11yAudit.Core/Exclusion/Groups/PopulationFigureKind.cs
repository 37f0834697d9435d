namespace A11yAudit.Core.Exclusion.Groups;

/// <summary>
/// How far a population figure can be trusted, so a panel can see at a glance which numbers are counts,
/// which are the source's own estimates, and which we worked out ourselves.
/// </summary>
public enum PopulationFigureKind
{
    /// <summary>An administrative count or register (undercounts anyone not registered).</summary>
    Count,

    /// <summary>A survey or modelled estimate published by the source.</summary>
    SurveyEstimate,

    /// <summary>Computed by this project from published figures; the note shows the sum.</summary>
    Derived,

    /// <summary>A judgement that could not be checked against a source; treat with care.</summary>
    Unverified,
}
