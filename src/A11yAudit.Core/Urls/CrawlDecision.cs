namespace A11yAudit.Core.Urls;

/// <summary>Whether a URL may be visited, and why not when it may not; every skip is explainable.</summary>
public readonly record struct CrawlDecision(bool Allow, string? Reason)
{
    public static CrawlDecision Allowed { get; } = new(true, null);

    public static CrawlDecision Deny(string reason) => new(false, reason);
}
