namespace A11yAudit.Reports.Model;

/// <summary>A moment as people read it ("5 March 2025 at 14:05 UTC") and as machines do (ISO 8601).</summary>
public sealed record ReportTime(string Text, string Iso);
