namespace A11yAudit.Reports.Model;

/// <summary>An axis label at a position in the chart.</summary>
public sealed record TrendsAxisLabel(double X, double Y, string Text);
