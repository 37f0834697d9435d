using System.Text;

namespace A11yAudit.Reports.Markdown;

/// <summary>
/// Page data in Markdown (GitHub step summaries, pull-request comments, SARIF help) is hostile: it could
/// close a table, start a link or inject HTML. Text is escaped; code spans cannot be broken out of.
/// </summary>
public static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~&";

    /// <summary>One line of text with every Markdown and HTML special character escaped.</summary>
    public static string Escape(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in OneLine(text))
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A code span that holds any text: backticks become ', cut at <paramref name="max"/>; in a table, pipes are escaped.</summary>
    public static string Code(string? text, int max = 120, bool table = false)
    {
        var line = OneLine(text).Replace('`', '\'');
        if (line.Length > max)
        {
            line = line[..max] + "…";
        }

        return line.Length == 0 ? "" : "`" + (table ? line.Replace("|", "\\|", StringComparison.Ordinal) : line) + "`";
    }

    /// <summary>Line breaks and control characters become spaces, so one value stays in one table cell or list item.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString().Trim();
    }
}
