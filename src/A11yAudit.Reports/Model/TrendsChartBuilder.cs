using System.Globalization;
using System.Text;

namespace A11yAudit.Reports.Model;

/// <summary>Geometry for the trend charts: values to SVG coordinates, rounded so output is stable and small.</summary>
internal static class TrendsChartBuilder
{
    public const int Width = 640;
    public const int Height = 220;
    public const int SparkWidth = 120;
    public const int SparkHeight = 24;

    // Room on the right for the last date, centred under the last point.
    private const double Left = 44, Top = 12, Right = Width - 28, Bottom = Height - 36;

    /// <summary>A line chart of several series over the same runs; dates label the first, middle and last run.</summary>
    public static TrendsChart Lines(IReadOnlyList<string> dates, IReadOnlyList<(string Name, string Colour, string Dash, IReadOnlyList<int> Values)> series, string description)
    {
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var top = NiceCeiling(max);
        var count = dates.Count;
        double X(int i) => count == 1 ? (Left + Right) / 2 : Left + (Right - Left) * i / (count - 1);
        double Y(int v) => Bottom - (Bottom - Top) * v / top;

        var lines = series.Select(s =>
        {
            var points = s.Values.Select((v, i) => new TrendsPoint(Round(X(i)), Round(Y(v)), $"{s.Name}: {v.ToString(CultureInfo.InvariantCulture)} ({dates[i]})")).ToList();
            return new TrendsSeries(s.Name, s.Colour, s.Dash, Points(points.Select(p => (p.X, p.Y))), points, s.Values[^1].ToString(CultureInfo.InvariantCulture));
        }).ToList();

        var xLabels = new[] { 0, count / 2, count - 1 }.Distinct().Select(i => new TrendsAxisLabel(Round(X(i)), Bottom + 20, dates[i])).ToList();
        var yLabels = new[] { 0, top / 2, top }.Distinct().Select(v => new TrendsAxisLabel(Left - 8, Round(Y(v)) + 4, v.ToString(CultureInfo.InvariantCulture))).ToList();
        return new TrendsChart
        {
            Width = Width,
            Height = Height,
            Left = Left,
            Top = Top,
            Right = Right,
            Bottom = Bottom,
            Series = lines,
            DateLabels = xLabels,
            ValueLabels = yLabels,
            Description = description,
        };
    }

    /// <summary>A sparkline of values between 0 and 1 (risks), on a fixed 0–100% scale so rows compare.</summary>
    public static TrendsSparkline Sparkline(IReadOnlyList<double> values)
    {
        const double pad = 2;
        double X(int i) => values.Count == 1 ? SparkWidth / 2.0 : pad + (SparkWidth - 2 * pad) * i / (values.Count - 1);
        double Y(double v) => SparkHeight - pad - (SparkHeight - 2 * pad) * Math.Clamp(v, 0, 1);
        var points = values.Select((v, i) => (Round(X(i)), Round(Y(v)))).ToList();
        return new TrendsSparkline(SparkWidth, SparkHeight, Points(points), points[^1].Item1, points[^1].Item2);
    }

    /// <summary>1, 2, 5, 10, 20, 50 ...: an axis top that reads well and halves evenly.</summary>
    internal static int NiceCeiling(int value)
    {
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var step in new[] { 2, 4, 10 })
            {
                if (step * magnitude >= value)
                {
                    return step * magnitude;
                }
            }
        }
    }

    private static string Points(IEnumerable<(double X, double Y)> points)
    {
        var sb = new StringBuilder();
        foreach (var (x, y) in points)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
