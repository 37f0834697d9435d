using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// Evidence behind a risk: which check, on which page, at which element (and, in a journey, which step), so a
/// report can link from the rating to the journey cell to the finding.
/// </summary>
public sealed record BarrierTrace
{
    public required string RuleId { get; init; }

    public required string Source { get; init; }

    public string Help { get; init; } = "";

    public required BarrierSeverity Severity { get; init; }

    public required BarrierCertainty Certainty { get; init; }

    public required string PageUrl { get; init; }

    public string? Selector { get; init; }

    /// <summary>The journey name, at journey and product level.</summary>
    public string? Journey { get; init; }

    /// <summary>The 1-based step number within <see cref="Journey"/>.</summary>
    public int? Step { get; init; }

    internal static BarrierTrace From(PageBarrier barrier, string? journey = null, int? step = null) => new()
    {
        RuleId = barrier.RuleId,
        Source = barrier.Source,
        Help = barrier.Help,
        Severity = barrier.Severity,
        Certainty = barrier.Certainty,
        PageUrl = barrier.PageUrl,
        Selector = barrier.Selector,
        Journey = journey,
        Step = step,
    };
}
