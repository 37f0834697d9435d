namespace A11yAudit.Core.Model;

/// <summary>Everything learned about one URL. Streamed to pages.jsonl as soon as it is finished.</summary>
public sealed record PageResult
{
    /// <summary>The normalised URL that was requested.</summary>
    public required string Url { get; init; }

    /// <summary>The URL after redirects.</summary>
    public string? FinalUrl { get; init; }

    public int Depth { get; init; }

    /// <summary>The page whose link led here; null for start URLs and sitemap entries.</summary>
    public string? FoundOn { get; init; }

    public int? HttpStatus { get; init; }

    public string? ContentType { get; init; }

    public string? Title { get; init; }

    public required PageOutcome Outcome { get; init; }

    /// <summary>Why the page was not fully scanned, in plain words; on a scanned page, a note on how (its load event never came); null otherwise.</summary>
    public string? Reason { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public PageTimings Timings { get; init; } = new();

    public string? Viewport { get; init; }

    /// <summary>Screenshot of the whole visible page, relative to the output folder.</summary>
    public string? Screenshot { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Rules that ran and passed on this page; used for the WCAG coverage table.</summary>
    public IReadOnlyList<string> PassedRules { get; init; } = [];

    /// <summary>Costly own checks not run here because enough pages of the same template were checked.</summary>
    public IReadOnlyList<string> ChecksNotRun { get; init; } = [];

    /// <summary>Own checks that failed or timed out on this page, by id, with the reason; their findings are missing, the rest stand.</summary>
    public IReadOnlyDictionary<string, string>? ChecksFailed { get; init; }

    /// <summary>Template key of the page (pages built from one template share it).</summary>
    public string? Template { get; init; }

    /// <summary>
    /// When this page's rendered DOM was identical to a page already checked, that page's URL: its findings
    /// were taken over instead of checking again (crawl.reuseIdenticalPages). Null when checked in full.
    /// </summary>
    public string? SameAs { get; init; }

    /// <summary>Rules that did not apply to this page.</summary>
    public IReadOnlyList<string> InapplicableRules { get; init; } = [];

    public bool WasScanned => Outcome is PageOutcome.Scanned || (Outcome is PageOutcome.HttpError && Findings.Count + PassedRules.Count > 0);
}
