using System.Globalization;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>A parsed &lt;meta http-equiv="refresh"&gt; content value: the delay and, for a redirect, the URL.</summary>
internal sealed record MetaRefresh(double DelaySeconds, string? Url)
{
    /// <summary>
    /// WCAG's 20-hour exception to 2.2.1 (and the limit axe's meta-refresh rule uses): a refresh this far
    /// off is not a time limit anyone meets in practice.
    /// </summary>
    public const double TwentyHoursInSeconds = 20 * 60 * 60;

    public bool IsReload => Url is null;

    /// <summary>A timed refresh or redirect that WCAG F40/F41 treat as an uncontrollable time limit.</summary>
    public bool IsTimeLimit => DelaySeconds > 0 && DelaySeconds < TwentyHoursInSeconds;

    /// <summary>Parses like the HTML standard's "shared declarative refresh steps"; null when the browser would ignore it.</summary>
    public static MetaRefresh? Parse(string? content)
    {
        if (content is null)
        {
            return null;
        }

        var s = content;
        var i = SkipWhitespace(s, 0);
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i == start && (i >= s.Length || s[i] != '.'))
        {
            return null;
        }

        var digits = s[start..i];
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
        {
            i++;
        }

        var delay = digits.Length == 0 ? 0 : double.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        i = SkipWhitespace(s, i);
        if (i < s.Length && s[i] is ';' or ',')
        {
            i++;
        }

        i = SkipWhitespace(s, i);
        if (i >= s.Length)
        {
            return new MetaRefresh(delay, null);
        }

        var rest = s[i..];
        if (rest.StartsWith("url", StringComparison.OrdinalIgnoreCase))
        {
            var afterUrl = SkipWhitespace(rest, 3);
            if (afterUrl < rest.Length && rest[afterUrl] == '=')
            {
                rest = rest[SkipWhitespace(rest, afterUrl + 1)..];
            }
        }

        if (rest.Length > 0 && rest[0] is '"' or '\'')
        {
            var quote = rest[0];
            var end = rest.IndexOf(quote, 1);
            rest = end < 0 ? rest[1..] : rest[1..end];
        }

        rest = rest.Trim();
        return new MetaRefresh(delay, rest.Length == 0 ? null : rest);
    }

    private static int SkipWhitespace(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            i++;
        }

        return i;
    }
}
