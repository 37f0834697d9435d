namespace A11yAudit.Browser.Discover;

/// <summary>A URL waiting to be visited: normalised, in scope, allowed by robots.txt.</summary>
public sealed record CrawlItem(Uri Url, int Depth, string? FoundOn);
