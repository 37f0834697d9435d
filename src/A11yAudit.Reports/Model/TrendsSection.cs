namespace A11yAudit.Reports.Model;

/// <summary>
/// The report's "Changes and trends" section (partials/trends.sbn): this run against its baseline, and risk
/// per group and finding counts over the runs in the history file. Null in the model when the run had
/// neither a baseline nor a history, so the partial renders nothing.
/// </summary>
public sealed record TrendsSection
{
    /// <summary>This run against its baseline; null without one.</summary>
    public TrendsDiff? Diff { get; init; }

    /// <summary>Every run in the history, newest first (the table under the chart).</summary>
    public IReadOnlyList<TrendsRun> Runs { get; init; } = [];

    /// <summary>One row per group with its risk over time; empty with fewer than two runs.</summary>
    public IReadOnlyList<TrendsGroupRow> Groups { get; init; } = [];

    /// <summary>Confirmed problems and needs-review items over time; null with fewer than two runs.</summary>
    public TrendsChart? FindingsChart { get; init; }

    /// <summary>True when there are at least two runs to draw.</summary>
    public bool HasTrend => Runs.Count >= 2;
}
