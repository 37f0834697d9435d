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
}
