namespace A11yAudit.Reports.Html;

/// <summary>
/// Makes a page-supplied URL safe for an href: only http, https, file, relative references and fragments
/// survive; anything else (javascript:, data:, vbscript: ...) becomes "#".
/// </summary>
internal static class SafeUrl
{
    public const string Blocked = "#";

    private static readonly string[] AllowedSchemes = ["http", "https", "file"];

    public static string Sanitize(string? url)
    {
        if (url is null)
        {
            return Blocked;
        }

        // Browsers drop tabs and newlines anywhere and trim C0 controls and spaces, so "java\tscript:" is
        // javascript: to them. Judge the URL as the browser will read it.
        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(TrimChars);
        if (cleaned.Length == 0)
        {
            return Blocked;
        }

        var scheme = SchemeOf(cleaned);
        if (scheme is null)
        {
            // Relative reference, fragment or scheme-relative ("//host"): resolves against the report's own
            // scheme (file:) or http(s), never to script.
            return cleaned;
        }

        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase) ? cleaned : Blocked;
    }

    /// <summary>The scheme as the WHATWG URL parser finds it: ASCII letter, then letters, digits, + - . up to ':'.</summary>
    private static string? SchemeOf(string url)
    {
        if (!char.IsAsciiLetter(url[0]))
        {
            return null;
        }

        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return url[..i];
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly char[] TrimChars = Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray();
}
