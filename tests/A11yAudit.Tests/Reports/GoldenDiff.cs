using System.Text;

namespace A11yAudit.Tests.Reports;

/// <summary>A short unified-style diff around the first difference, enough to see what changed.</summary>
internal static class GoldenDiff
{
    private const int Context = 3;
    private const int MaxChangedLines = 20;

    public static string Describe(string expected, string actual, string expectedPath)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');

        var first = 0;
        while (first < e.Length && first < a.Length && e[first] == a[first])
        {
            first++;
        }

        // Trim the common tail so only the changed block is shown.
        int lastE = e.Length - 1, lastA = a.Length - 1;
        while (lastE >= first && lastA >= first && e[lastE] == a[lastA])
        {
            lastE--;
            lastA--;
        }

        var text = new StringBuilder();
        text.AppendLine($"Rendered HTML differs from {expectedPath} at line {first + 1}.");
        text.AppendLine("If the change is intended, rerun with A11YAUDIT_UPDATE_GOLDEN=1 and review the diff in git.");
        text.AppendLine("--- expected");
        text.AppendLine("+++ actual");
        text.AppendLine($"@@ -{first + 1},{lastE - first + 1} +{first + 1},{lastA - first + 1} @@");
        for (var i = Math.Max(0, first - Context); i < first; i++)
        {
            text.Append(' ').AppendLine(e[i]);
        }

        AppendChanged(text, '-', e, first, lastE);
        AppendChanged(text, '+', a, first, lastA);
        for (var i = lastE + 1; i < Math.Min(e.Length, lastE + 1 + Context); i++)
        {
            text.Append(' ').AppendLine(e[i]);
        }

        return text.ToString();
    }

    private static void AppendChanged(StringBuilder text, char marker, string[] lines, int from, int to)
    {
        for (var i = from; i <= to && i < from + MaxChangedLines; i++)
        {
            text.Append(marker).AppendLine(lines[i]);
        }

        if (to - from + 1 > MaxChangedLines)
        {
            text.AppendLine($"{marker} ... {to - from + 1 - MaxChangedLines} more lines");
        }
    }
}
