namespace A11yAudit.Browser.Pipeline;

/// <summary>Every browser of the audit was lost; the finished pages are kept.</summary>
public sealed class BrowsersLostException() : Exception("every browser was lost before the audit finished; results hold the pages finished before that");
