using System.Text.RegularExpressions;
using A11yAudit.Core.Model;
using A11yAudit.Core.Urls;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// Decides whether a scanned page is a journey step. A step starting with ^ is a regular expression over the
/// page's absolute URL; an absolute URL must match the whole page URL; anything else is a path, matched
/// against the page's path (and query, when the step has one). "/a/", "/a" and "/a/index.html" are the same page.
/// </summary>
public sealed class JourneyStepMatcher
{
    // Steps come from a target file; a pathological pattern must not hang the audit.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private static readonly UrlNormalizer QueryNormalizer = new();

    private readonly Regex? _regex;
    private readonly Uri? _absolute;
    private readonly string? _path;
    private readonly string? _query;

    public JourneyStepMatcher(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Step = step;
        var trimmed = step.Trim();
        if (trimmed.Length == 0)
        {
            Problem = "empty step";
        }
        else if (trimmed.StartsWith('^'))
        {
            try
            {
                _regex = new Regex(trimmed, RegexOptions.CultureInvariant, RegexTimeout);
            }
            catch (ArgumentException ex)
            {
                Problem = $"invalid regular expression: {ex.Message}";
            }
        }
        else if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && UrlNormalizer.IsHttp(absolute))
        {
            _absolute = QueryNormalizer.Normalize(absolute);
        }
        else
        {
            var relative = trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
            var parsed = new Uri(new Uri("http://step.invalid"), relative);
            _path = NormalizePath(parsed.AbsolutePath);
            _query = relative.Contains('?', StringComparison.Ordinal) ? QueryNormalizer.Normalize(parsed).Query : null;
        }
    }

    public string Step { get; }

    /// <summary>Why the step can never match, or null.</summary>
    public string? Problem { get; }

    public bool Matches(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Matches(page.Url, page.FinalUrl);
    }

    /// <summary>A page is the step when either the URL requested or the one it ended at matches.</summary>
    public bool Matches(string url, string? finalUrl) => Matches(url) || (finalUrl is { } final && Matches(final));

    public bool Matches(string url)
    {
        if (Problem is not null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (_regex is not null)
        {
            try
            {
                return _regex.IsMatch(uri.AbsoluteUri);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        var page = QueryNormalizer.Normalize(uri);
        if (_absolute is not null)
        {
            return string.Equals(page.Scheme, _absolute.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(page.Host, _absolute.Host, StringComparison.OrdinalIgnoreCase)
                && page.Port == _absolute.Port
                && NormalizePath(page.AbsolutePath) == NormalizePath(_absolute.AbsolutePath)
                && page.Query == _absolute.Query;
        }

        return NormalizePath(page.AbsolutePath) == _path && (_query is null || page.Query == _query);
    }

    /// <summary>Drops a trailing "index.html"/"index.htm" and a trailing slash, so a folder and its index match.</summary>
    public static string NormalizePath(string path)
    {
        var result = string.IsNullOrEmpty(path) ? "/" : path;
        foreach (var index in (string[])["index.html", "index.htm"])
        {
            if (result.EndsWith("/" + index, StringComparison.OrdinalIgnoreCase))
            {
                result = result[..^index.Length];
                break;
            }
        }

        if (result.Length > 1 && result.EndsWith('/'))
        {
            result = result.TrimEnd('/');
        }

        return result.Length == 0 ? "/" : result;
    }
}
