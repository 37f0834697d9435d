using System.Globalization;
using System.Text.RegularExpressions;

namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>Parses the rgb()/rgba() strings getComputedStyle returns and compares colours by WCAG contrast ratio.</summary>
internal static partial class CssColour
{
    /// <summary>Red, green, blue (0–255) and alpha (0–1); null when the value is not an rgb() colour.</summary>
    public static (double R, double G, double B, double A)? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Trim().Equals("transparent", StringComparison.OrdinalIgnoreCase))
        {
            return (0, 0, 0, 0);
        }

        var match = RgbPattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Groups[1].Value.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return null;
        }

        var alpha = 1.0;
        if (parts.Length >= 4)
        {
            alpha = parts[3].EndsWith('%') ? Number(parts[3].TrimEnd('%')) / 100 : Number(parts[3]);
        }

        return (Number(parts[0]), Number(parts[1]), Number(parts[2]), alpha);
    }

    /// <summary>WCAG relative luminance of an opaque colour (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).</summary>
    public static double Luminance((double R, double G, double B) colour)
    {
        static double Channel(double c)
        {
            var s = c / 255;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(colour.R)) + (0.7152 * Channel(colour.G)) + (0.0722 * Channel(colour.B));
    }

    /// <summary>
    /// Contrast ratio between two colours, each composited over white first (a transparent background is
    /// assumed to show a white page); null when either cannot be parsed.
    /// </summary>
    public static double? Contrast(string? first, string? second)
    {
        if (Parse(first) is not { } a || Parse(second) is not { } b)
        {
            return null;
        }

        var la = Luminance(OverWhite(a));
        var lb = Luminance(OverWhite(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static (double R, double G, double B) OverWhite((double R, double G, double B, double A) c) =>
        ((c.R * c.A) + (255 * (1 - c.A)), (c.G * c.A) + (255 * (1 - c.A)), (c.B * c.A) + (255 * (1 - c.A)));

    private static double Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"rgba?\(([^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex RgbPattern();
}
