namespace A11yAudit.Reports.Model;

/// <summary>One run of the history, as a table row.</summary>
public sealed record TrendsRun
{
    public required ReportTime Date { get; init; }

    public required string Rating { get; init; }

    public int PagesScanned { get; init; }

    public int Findings { get; init; }

    public int Elements { get; init; }

    public int NeedsReview { get; init; }

    /// <summary>"3" or "–" when the run had no baseline.</summary>
    public required string New { get; init; }

    public required string Fixed { get; init; }

    /// <summary>"Passed", "Failed", "Not judged", "Recorded" or "–".</summary>
    public required string Gate { get; init; }

    public bool IsCurrent { get; init; }
}
