namespace A11yAudit.Reports.Model;

/// <summary>
/// Headline numbers. "Issues" are distinct rules (one fix often clears every instance); "instances" are
/// affected elements across all pages.
/// </summary>
public sealed record ReportSummary
{
    public int PagesVisited { get; init; }
    public int PagesScanned { get; init; }
    public int PagesFailed { get; init; }

    /// <summary>Visited but deliberately not scanned: not HTML, or redirected out of scope.</summary>
    public int PagesNotScanned { get; init; }

    public int PagesWithViolations { get; init; }

    /// <summary>URLs the crawler met but did not visit (out of scope, limits, robots.txt).</summary>
    public int SkippedUrls { get; init; }

    public int ViolationIssues { get; init; }
    public int ViolationInstances { get; init; }

    /// <summary>Violated rules that test a WCAG A/AA criterion.</summary>
    public int WcagViolationIssues { get; init; }

    /// <summary>Violated rules that are advice beyond the standard (best practice, experimental).</summary>
    public int OtherViolationIssues { get; init; }

    public int NeedsReviewIssues { get; init; }
    public int NeedsReviewInstances { get; init; }
}
