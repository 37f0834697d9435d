namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>
/// One distinct barrier on one page for one group: a rule, how badly it stops the group, and whether it is
/// confirmed. Ten failing nodes of the same rule are still one barrier; the first node is kept as evidence.
/// </summary>
public sealed record PageBarrier
{
    public required string RuleId { get; init; }

    public required string Source { get; init; }

    public required string GroupId { get; init; }

    public required BarrierSeverity Severity { get; init; }

    public required BarrierCertainty Certainty { get; init; }

    public required string PageUrl { get; init; }

    /// <summary>The first affected element (FindingNode.Target.Display), so a report can point at it.</summary>
    public string? Selector { get; init; }

    /// <summary>The check's help text, e.g. "Form elements must have labels".</summary>
    public string Help { get; init; } = "";
}
