using System.Globalization;
using System.Text;
using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>Words and keys shown in reports, kept in one place so every report format says the same thing.</summary>
public static class ReportText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string ImpactKey(Impact? impact) => impact switch
    {
        Impact.Critical => "critical",
        Impact.Serious => "serious",
        Impact.Moderate => "moderate",
        Impact.Minor => "minor",
        _ => "unknown",
    };

    public static string ImpactLabel(Impact? impact) => impact switch
    {
        Impact.Critical => "Critical",
        Impact.Serious => "Serious",
        Impact.Moderate => "Moderate",
        Impact.Minor => "Minor",
        _ => "Impact not rated",
    };

    public static string CategoryKey(RuleCategory category) => category switch
    {
        RuleCategory.Wcag => "wcag",
        RuleCategory.BestPractice => "best-practice",
        _ => "experimental",
    };

    public static string CategoryLabel(RuleCategory category) => category switch
    {
        RuleCategory.Wcag => "WCAG",
        RuleCategory.BestPractice => "Best practice",
        _ => "Experimental",
    };

    public static string OutcomeKey(PageOutcome outcome) => outcome switch
    {
        PageOutcome.Scanned => "scanned",
        PageOutcome.ScanFailed => "scan-failed",
        PageOutcome.LoadFailed => "load-failed",
        PageOutcome.HttpError => "http-error",
        PageOutcome.NotHtml => "not-html",
        PageOutcome.RedirectedOutOfScope => "redirected-out-of-scope",
        _ => "unknown",
    };

    public static string OutcomeLabel(PageOutcome outcome) => outcome switch
    {
        PageOutcome.Scanned => "Scanned",
        PageOutcome.ScanFailed => "Scan failed",
        PageOutcome.LoadFailed => "Did not load",
        PageOutcome.HttpError => "HTTP error",
        PageOutcome.NotHtml => "Not a web page",
        PageOutcome.RedirectedOutOfScope => "Redirected out of scope",
        _ => "Unknown",
    };

    /// <summary>"5 March 2025 at 14:05 UTC", in the offset the audit recorded so it matches the run's clock.</summary>
    public static ReportTime Time(DateTimeOffset value)
    {
        var offset = value.Offset == TimeSpan.Zero
            ? "UTC"
            : "UTC" + (value.Offset < TimeSpan.Zero ? "-" : "+") + value.Offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        var text = value.ToString("d MMMM yyyy 'at' HH:mm", English) + " " + offset;
        return new ReportTime(text, value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    /// <summary>A run's length in words: "45 seconds", "3 minutes 12 seconds", "1 hour 4 minutes".</summary>
    public static string Duration(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0)
        {
            return "not recorded";
        }

        if (seconds < 1)
        {
            return "less than 1 second";
        }

        var total = (long)Math.Round(seconds, MidpointRounding.AwayFromZero);
        var hours = total / 3600;
        var minutes = total % 3600 / 60;
        var secs = total % 60;
        var text = new StringBuilder();
        if (hours > 0)
        {
            Append(text, hours, "hour");
            if (minutes > 0)
            {
                Append(text, minutes, "minute");
            }

            // Seconds are noise once a run takes hours.
            return text.ToString();
        }

        if (minutes > 0)
        {
            Append(text, minutes, "minute");
        }

        if (secs > 0 || minutes == 0)
        {
            Append(text, secs, "second");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long value, string unit)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
        if (value != 1)
        {
            text.Append('s');
        }
    }
}
