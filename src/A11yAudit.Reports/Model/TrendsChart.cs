namespace A11yAudit.Reports.Model;

/// <summary>A line chart drawn by the template from precomputed geometry: the template only places elements.</summary>
public sealed record TrendsChart
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>Left, top, right and bottom of the plot area.</summary>
    public required double Left { get; init; }

    public required double Top { get; init; }

    public required double Right { get; init; }

    public required double Bottom { get; init; }

    public required IReadOnlyList<TrendsSeries> Series { get; init; }

    /// <summary>Dates along the bottom (first, middle and last run).</summary>
    public IReadOnlyList<TrendsAxisLabel> DateLabels { get; init; } = [];

    /// <summary>Counts up the left side (0, half and the top).</summary>
    public IReadOnlyList<TrendsAxisLabel> ValueLabels { get; init; } = [];

    /// <summary>One sentence saying what the chart shows, for its accessible name.</summary>
    public required string Description { get; init; }
}
