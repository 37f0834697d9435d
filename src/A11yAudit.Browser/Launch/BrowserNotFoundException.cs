namespace A11yAudit.Browser.Launch;

/// <summary>No usable Chromium was found; the message says exactly how to get one.</summary>
public sealed class BrowserNotFoundException(string message) : Exception(message);
