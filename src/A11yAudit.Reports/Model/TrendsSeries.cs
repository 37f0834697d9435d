namespace A11yAudit.Reports.Model;

/// <summary>
/// One line of a chart. Lines differ by dash pattern and marker as well as colour, so colour never carries
/// the meaning alone; colours are SVG presentation attributes (allowed by the report's CSP, unlike style).
/// </summary>
public sealed record TrendsSeries(string Name, string Colour, string Dash, string Points, IReadOnlyList<TrendsPoint> Markers, string Latest);
