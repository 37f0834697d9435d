namespace A11yAudit.Reports.Model;

/// <summary>One visited URL as a row of the pages table.</summary>
public sealed record PageRow
{
    public required string Url { get; init; }

    /// <summary>Where the page ended up, only when a redirect changed it.</summary>
    public string? FinalUrl { get; init; }

    public string? Title { get; init; }

    public int? HttpStatus { get; init; }

    public int Depth { get; init; }

    /// <summary>scanned, scan-failed, load-failed, http-error, not-html or redirected-out-of-scope.</summary>
    public required string Outcome { get; init; }

    public required string OutcomeLabel { get; init; }

    public string? Reason { get; init; }

    public bool WasScanned { get; init; }

    /// <summary>Rules violated on this page.</summary>
    public int Violations { get; init; }

    public int ViolationInstances { get; init; }

    public int NeedsReview { get; init; }

    /// <summary>Costly own checks not run on this page because enough pages of its template were checked.</summary>
    public IReadOnlyList<string> ChecksNotRun { get; init; } = [];

    /// <summary>The page this one rendered identically to, whose findings it was given; null when checked itself.</summary>
    public string? SameAs { get; init; }

    /// <summary>Own checks that failed or timed out here, each as "id (reason)"; their findings are missing for this page.</summary>
    public IReadOnlyList<string> ChecksFailed { get; init; } = [];

    /// <summary>The page's section id in the report.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>Thumbnail of the page as loaded, relative to the report, or null.</summary>
    public string? Screenshot { get; init; }

    public string? Viewport { get; init; }

    /// <summary>The issue entries this page appears in, confirmed violations first.</summary>
    public IReadOnlyList<PageFinding> Findings { get; init; } = [];
}

/// <summary>One issue entry as seen from a page: link, words, and how many elements here.</summary>
public sealed record PageFinding(string Href, string Label, string Outcome, string Impact, string ImpactLabel, string Severity, string SeverityLabel, int Instances);

/// <summary>Up to 100 pages of the pages section, so a 1,000-page audit stays usable; only a lone chunk starts open.</summary>
public sealed record PageChunk(string Label, bool Open, IReadOnlyList<PageRow> Pages);
