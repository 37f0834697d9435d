namespace A11yAudit.Reports.Model;

/// <summary>This run against its baseline, ready to lay out.</summary>
public sealed record TrendsDiff
{
    public required string BaselineFile { get; init; }

    /// <summary>When the baseline was recorded; null when this run created it.</summary>
    public ReportTime? Recorded { get; init; }

    public int New { get; init; }

    public int Fixed { get; init; }

    public int StillPresent { get; init; }

    public int NotRechecked { get; init; }

    /// <summary>Most severe first; at most <see cref="TrendsModelBuilder.MaxItems"/>.</summary>
    public IReadOnlyList<TrendsDiffItem> NewItems { get; init; } = [];

    public int MoreNew { get; init; }

    public IReadOnlyList<TrendsDiffItem> FixedItems { get; init; } = [];

    public int MoreFixed { get; init; }

    /// <summary>Sentences about the baseline (tighten it, what was not rechecked, another axe-core version).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The gate's verdict; null when the run was not gated.</summary>
    public TrendsGate? Gate { get; init; }
}
