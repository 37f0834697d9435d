using System.Text.RegularExpressions;
using A11yAudit.Core.Urls;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// What counts as a URL, origin, path or pattern in a target file. Each method returns the user-facing problem,
/// or null when the text is fine.
/// </summary>
internal static class UrlRules
{
    /// <summary>Patterns are matched against whole absolute URLs; a second is plenty and stops a runaway pattern.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // Checked before Uri.TryCreate: on Unix "/book" parses as an absolute file:// URI.
    public static bool IsRootRelative(string text) =>
        text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal);

    public static bool IsPattern(string text) => text.StartsWith('^');

    public static Uri? ParseHttp(string text) =>
        !IsRootRelative(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && UrlNormalizer.IsHttp(uri) && uri.Host.Length > 0
            ? uri
            : null;

    /// <summary>A start URL: absolute http(s), or (only for a served folder) a root-relative path kept relative.</summary>
    public static string? StartUrl(string text, bool served, out Uri? url)
    {
        url = null;
        if (served)
        {
            if (IsRootRelative(text) && Uri.TryCreate(text, UriKind.Relative, out var relative))
            {
                url = relative;
                return null;
            }

            return $"must be a root-relative path such as \"/\" when serve is set, because the local server's address is not known yet (got {ValueParsing.Show(text)})";
        }

        if (IsRootRelative(text))
        {
            return $"is a root-relative path, which is only allowed when serve is set; give an absolute http or https URL (got {ValueParsing.Show(text)})";
        }

        url = ParseHttp(text);
        return url is null ? $"must be an absolute http or https URL (got {ValueParsing.Show(text)})" : null;
    }

    /// <summary>An origin, normalised the way <see cref="ScopeRules.OriginOf"/> compares them.</summary>
    public static string? Origin(string text, out string origin)
    {
        origin = string.Empty;
        var uri = ParseHttp(text);
        if (uri is null || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return $"must be an origin: scheme, host and optional port, with no path, such as \"https://www.example.org\" (got {ValueParsing.Show(text)})";
        }

        origin = ScopeRules.OriginOf(uri);
        return null;
    }

    /// <summary>
    /// An include/exclude entry as the regular expression the scope rules expect: "^…" is already one; an absolute URL
    /// or a root-relative path becomes "URLs that start with this" (a path on any allowed origin).
    /// </summary>
    public static string? ScopePattern(string text, out string regex)
    {
        regex = string.Empty;
        if (IsPattern(text))
        {
            regex = text;
            return RegexProblem(text);
        }

        if (IsRootRelative(text))
        {
            regex = "^[a-z][a-z0-9+.-]*://[^/?#]+" + Regex.Escape(text);
            return null;
        }

        if (ParseHttp(text) is not null)
        {
            regex = "^" + Regex.Escape(text);
            return null;
        }

        return $"must be an absolute http or https URL, a root-relative path starting with \"/\", or a regular expression starting with \"^\" (got {ValueParsing.Show(text)})";
    }

    /// <summary>
    /// A journey step: "^…" is a regular expression; an absolute URL stays as it is; a root-relative path is kept
    /// relative for a served folder (its address is not known yet) and otherwise resolved against the first start URL.
    /// </summary>
    public static string? JourneyStep(string text, bool served, Uri? firstStartUrl, out string step)
    {
        step = text;
        if (IsPattern(text))
        {
            return RegexProblem(text);
        }

        if (IsRootRelative(text))
        {
            if (!served && firstStartUrl is { IsAbsoluteUri: true })
            {
                step = new Uri(firstStartUrl, text).AbsoluteUri;
            }

            return null;
        }

        return ParseHttp(text) is null
            ? $"must be an absolute http or https URL, a root-relative path starting with \"/\", or a regular expression starting with \"^\" (got {ValueParsing.Show(text)})"
            : null;
    }

    public static string? RegexProblem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"is not a valid regular expression: {e.Message}";
        }
    }
}
