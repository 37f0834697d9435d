using A11yAudit.Core.Results;
using A11yAudit.Reports.Model.Coverage;
using A11yAudit.Reports.Model.Exclusion;

namespace A11yAudit.Reports.Model;

/// <summary>
/// Everything a report template sees, already grouped, sorted, counted and formatted, so templates only
/// lay out. Exposed to Scriban as top-level variables in snake_case (docs/reports.md lists them).
/// </summary>
public sealed record ReportModel
{
    public required string ProductName { get; init; }

    public required ToolVersions Tool { get; init; }

    public required AuditTarget Target { get; init; }

    /// <summary>The standard the audit tested against, e.g. "WCAG 2.2 AA".</summary>
    public required string Standard { get; init; }

    public required ReportTime StartedAt { get; init; }

    public required ReportTime FinishedAt { get; init; }

    /// <summary>When the report's data was produced: the end of the audit, never the rendering clock.</summary>
    public required ReportTime GeneratedAt { get; init; }

    /// <summary>The run's length in words, e.g. "3 minutes 12 seconds".</summary>
    public required string Duration { get; init; }

    public double DurationSeconds { get; init; }

    public bool Incomplete { get; init; }

    public string? IncompleteReason { get; init; }

    public required ReportSummary Summary { get; init; }

    /// <summary>Confirmed violations per impact, most severe first; every impact level is present.</summary>
    public IReadOnlyList<ImpactCount> ViolationsByImpact { get; init; } = [];

    /// <summary>
    /// One entry per distinct problem (rule and element pattern) that failed somewhere, by exclusion impact:
    /// worst effect on any group, groups affected, axe impact, pages.
    /// </summary>
    public IReadOnlyList<IssueGroup> Violations { get; init; } = [];

    /// <summary>One entry per rule and pattern a person must judge (axe "incomplete"), ordered like violations.</summary>
    public IReadOnlyList<IssueGroup> NeedsReview { get; init; } = [];

    /// <summary>Every visited URL, shallowest first, then by URL.</summary>
    public IReadOnlyList<PageRow> Pages { get; init; } = [];

    /// <summary>The same pages in chunks of 100 for the per-page section.</summary>
    public IReadOnlyList<PageChunk> PageChunks { get; init; } = [];

    /// <summary>The exclusion-risk rating, chart and journey grid; null when the results carry no assessment.</summary>
    public ExclusionView? Exclusion { get; init; }

    /// <summary>Groups that at least one violation affects, for the issue filter (slot = catalogue position).</summary>
    public IReadOnlyList<FilterOption> GroupFilters { get; init; } = [];

    public required WcagCoverage Coverage { get; init; }

    public required Worklist Worklist { get; init; }

    public required StatementDraft Statement { get; init; }

    /// <summary>Costly own checks that ran only on a sample of pages per template, and on how many pages they did not run.</summary>
    public IReadOnlyList<string> SampledChecks { get; init; } = [];

    public int SampledPages { get; init; }

    /// <summary>Pages whose rendered DOM was identical to a page already checked, so they took its findings.</summary>
    public int ReusedPages { get; init; }

    /// <summary>Own (non-axe) rules the audit ran, for the method section.</summary>
    public IReadOnlyList<string> OwnChecks { get; init; } = [];

    /// <summary>Screenshots shown in the report (page thumbnails and element regions).</summary>
    public int ScreenshotCount { get; init; }

    /// <summary>This run against its baseline and history; null without --baseline and --history.</summary>
    public TrendsSection? Trends { get; init; }
}

/// <summary>One choice of the issue filter: a group, its CSS slot, and how many issues affect it.</summary>
public sealed record FilterOption(string Id, string Name, int Slot, int Issues);
