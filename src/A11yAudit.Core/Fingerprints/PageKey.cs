using A11yAudit.Core.Urls;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// The page part of a fingerprint: the URL's path as a <see cref="PathPattern"/> plus the query parameters
/// the target does not ignore, sorted, with id-like values as placeholders. Scheme, host and port are left
/// out, so a build audited on another port (or on a preview host) keeps its fingerprints.
/// </summary>
public sealed class PageKey
{
    private readonly UrlNormalizer _normalizer;

    public PageKey(IEnumerable<string>? ignoredQueryParameters = null)
    {
        _normalizer = new UrlNormalizer(ignoredQueryParameters);
    }

    /// <summary>e.g. "/patients/{n}", "/search?q=flu", "/"; a value that is not an absolute URL is used as a path.</summary>
    public string For(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !UrlNormalizer.IsHttp(uri))
        {
            var cut = url.IndexOfAny(['?', '#']);
            return PathPattern.Normalize(cut < 0 ? url : url[..cut]);
        }

        var normal = _normalizer.Normalize(uri);
        var path = PathPattern.Normalize(normal.AbsolutePath);
        var query = normal.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return path;
        }

        var pairs = query.Split('&').Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            return eq < 0 ? pair : pair[..(eq + 1)] + PathPattern.Segment(Uri.UnescapeDataString(pair[(eq + 1)..]));
        });
        return path + "?" + string.Join('&', pairs);
    }
}
