namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>How badly a barrier stops a member of a group, least to most severe so comparisons read naturally.</summary>
public enum BarrierSeverity
{
    /// <summary>Friction: slower, more tiring or more confusing, but people get past it.</summary>
    Minor = 1,

    /// <summary>People get past only with great difficulty, help, or luck.</summary>
    Major = 2,

    /// <summary>The group cannot get past it (an unlabelled field for a screen-reader user, a keyboard trap).</summary>
    Blocker = 3,
}
