namespace A11yAudit.Reports.Model;

/// <summary>A point of a chart line, with the value it stands for (for its tooltip title).</summary>
public sealed record TrendsPoint(double X, double Y, string Label);
