using System.Globalization;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Rating;

namespace A11yAudit.Reports.Model;

/// <summary>Words and number formats of the exclusion-risk parts of the report.</summary>
public static class ReportWords
{
    public static string SeverityKey(BarrierSeverity? severity) => severity switch
    {
        BarrierSeverity.Blocker => "blocker",
        BarrierSeverity.Major => "major",
        BarrierSeverity.Minor => "minor",
        _ => "none",
    };

    public static string SeverityLabel(BarrierSeverity? severity) => severity switch
    {
        BarrierSeverity.Blocker => "Blocks",
        BarrierSeverity.Major => "Major barrier",
        BarrierSeverity.Minor => "Minor friction",
        _ => "None found",
    };

    public static string RatingKey(ExclusionRating rating) => rating switch
    {
        ExclusionRating.Outstanding => "outstanding",
        ExclusionRating.Good => "good",
        ExclusionRating.RequiresImprovement => "requires-improvement",
        _ => "inadequate",
    };

    public static string RatingLabel(ExclusionRating rating) => rating switch
    {
        ExclusionRating.Outstanding => "Outstanding",
        ExclusionRating.Good => "Good",
        ExclusionRating.RequiresImprovement => "Requires improvement",
        _ => "Inadequate",
    };

    /// <summary>"50%", "2.5%", "under 0.1%": enough precision to tell small risks apart, no false precision.</summary>
    public static string Percent(double value)
    {
        var percent = Math.Clamp(value, 0, 1) * 100;
        if (percent == 0)
        {
            return "0%";
        }

        if (percent < 0.1)
        {
            return "under 0.1%";
        }

        return percent.ToString(percent < 10 ? "0.#" : "0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>"50%" when the band is a point, otherwise "20% to 60%".</summary>
    public static string Band(double best, double worst) =>
        Percent(worst) == Percent(best) ? Percent(best) : Percent(best) + " to " + Percent(worst);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string CountBand(long best, long worst) =>
        best == worst ? Count(best) : Count(best) + " to " + Count(worst);

    /// <summary>A coordinate or length for SVG attributes: invariant, at most two decimals.</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
