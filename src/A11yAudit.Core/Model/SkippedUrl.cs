namespace A11yAudit.Core.Model;

/// <summary>A URL the crawler met but did not visit, and why (out of scope, robots.txt, limit reached ...).</summary>
public sealed record SkippedUrl(string Url, string Reason, string? FoundOn);
