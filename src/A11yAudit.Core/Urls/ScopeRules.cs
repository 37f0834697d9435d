using System.Text.RegularExpressions;
using A11yAudit.Core.Options;

namespace A11yAudit.Core.Urls;

/// <summary>Decides whether a URL belongs to the audit: allowed origin, include patterns, exclude patterns.</summary>
public sealed class ScopeRules
{
    private readonly HashSet<string> _origins;
    private readonly IReadOnlyList<Regex> _include;
    private readonly IReadOnlyList<Regex> _exclude;

    public ScopeRules(ScopeOptions scope, IEnumerable<Uri> startUrls)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(startUrls);
        var origins = scope.AllowedOrigins.Count > 0
            ? scope.AllowedOrigins.Select(o => OriginOf(new Uri(o)))
            : startUrls.Select(OriginOf);
        _origins = new HashSet<string>(origins, StringComparer.OrdinalIgnoreCase);
        _include = scope.Include.Select(Compile).ToList();
        _exclude = scope.Exclude.Select(Compile).ToList();
    }

    public IReadOnlyCollection<string> Origins => _origins;

    public static string OriginOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsDefaultPort
            ? $"{uri.Scheme.ToLowerInvariant()}://{uri.Host.ToLowerInvariant()}"
            : $"{uri.Scheme.ToLowerInvariant()}://{uri.Host.ToLowerInvariant()}:{uri.Port}";
    }

    public CrawlDecision Decide(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!UrlNormalizer.IsHttp(url))
        {
            return CrawlDecision.Deny($"not an http(s) URL ({url.Scheme})");
        }

        var origin = OriginOf(url);
        if (!_origins.Contains(origin))
        {
            return CrawlDecision.Deny($"outside the allowed origins ({origin})");
        }

        var text = url.AbsoluteUri;
        foreach (var exclude in _exclude)
        {
            if (exclude.IsMatch(text))
            {
                return CrawlDecision.Deny($"matches exclude pattern '{exclude}'");
            }
        }

        if (_include.Count > 0 && !_include.Any(r => r.IsMatch(text)))
        {
            return CrawlDecision.Deny("matches no include pattern");
        }

        return CrawlDecision.Allowed;
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
