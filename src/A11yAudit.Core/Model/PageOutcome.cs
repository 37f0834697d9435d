namespace A11yAudit.Core.Model;

/// <summary>What became of a URL the crawler visited.</summary>
public enum PageOutcome
{
    /// <summary>Loaded and every check ran.</summary>
    Scanned,

    /// <summary>Loaded, but the scan failed or timed out; the reason says why.</summary>
    ScanFailed,

    /// <summary>The page did not load (network error, time-out, redirect loop).</summary>
    LoadFailed,

    /// <summary>Responded with an HTTP error status (4xx/5xx); still scanned when HTML came back.</summary>
    HttpError,

    /// <summary>Not HTML (PDF, image ...): recorded, not scanned.</summary>
    NotHtml,

    /// <summary>Redirected, within scope, to a page that is audited in its own right.</summary>
    Redirected,

    /// <summary>Redirected to a URL outside the audit's scope: recorded, never followed.</summary>
    RedirectedOutOfScope,
}
