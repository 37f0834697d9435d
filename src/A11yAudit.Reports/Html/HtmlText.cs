using System.Text;

namespace A11yAudit.Reports.Html;

/// <summary>HTML escaping for text and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes the five characters that can end text or a quoted attribute. Everything else stays readable
    /// (unlike WebUtility.HtmlEncode, which turns Latin-1 letters into numeric entities).
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return encoded.ToString();
    }
}
