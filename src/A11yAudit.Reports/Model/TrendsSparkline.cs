namespace A11yAudit.Reports.Model;

/// <summary>A small line of one value over time, as SVG polyline points (numbers only, computed here).</summary>
public sealed record TrendsSparkline(int Width, int Height, string Points, double LastX, double LastY);
