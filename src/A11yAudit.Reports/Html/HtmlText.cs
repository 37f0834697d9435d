using System.Text;

namespace A11yAudit.Reports.Html;

/// <summary>HTML escaping for text and quoted attribute values.</summary>
internal static class HtmlText
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// Escapes the five characters that can end text or a quoted attribute, and replaces control characters
    /// (other than tab and line breaks) with U+FFFD, as an HTML parser would treat them as errors. Everything
    /// else stays readable (unlike WebUtility.HtmlEncode, which turns Latin-1 letters into numeric entities).
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!NeedsEncoding(text))
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': encoded.Append("&amp;"); break;
                case '<': encoded.Append("&lt;"); break;
                case '>': encoded.Append("&gt;"); break;
                case '"': encoded.Append("&quot;"); break;
                case '\'': encoded.Append("&#39;"); break;
                default: encoded.Append(IsControl(c) ? Replacement : c); break;
            }
        }

        return encoded.ToString();
    }

    private static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';
}
