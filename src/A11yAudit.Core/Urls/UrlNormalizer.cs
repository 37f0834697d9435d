using System.Text;
using System.Text.RegularExpressions;

namespace A11yAudit.Core.Urls;

/// <summary>
/// Gives every address of the same page one spelling, so nothing is audited twice: lower-case scheme and
/// host, no default port, no fragment, query parameters sorted, ignored parameters dropped.
/// </summary>
public sealed class UrlNormalizer
{
    private readonly Regex? _ignored;

    public UrlNormalizer(IEnumerable<string>? ignoredQueryParameters = null)
    {
        var patterns = (ignoredQueryParameters ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (patterns.Count > 0)
        {
            var alternatives = patterns.Select(p => Regex.Escape(p.Trim()).Replace("\\*", ".*", StringComparison.Ordinal));
            _ignored = new Regex("^(?:" + string.Join("|", alternatives) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUri"/>; null for non-http(s) links.</summary>
    public Uri? Resolve(Uri baseUri, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (!Uri.TryCreate(baseUri, href.Trim(), out var resolved))
        {
            return null;
        }

        return IsHttp(resolved) ? Normalize(resolved) : null;
    }

    public static bool IsHttp(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public Uri Normalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"'{uri}' is not an absolute URL.", nameof(uri));
        }

        var builder = new UriBuilder(uri)
        {
            Fragment = string.Empty,
            Scheme = uri.Scheme.ToLowerInvariant(),
            Host = uri.Host.ToLowerInvariant(),
        };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Path = string.IsNullOrEmpty(uri.AbsolutePath) ? "/" : uri.AbsolutePath;
        builder.Query = NormalizeQuery(uri.Query);
        return builder.Uri;
    }

    public string NormalizeToString(Uri uri) => Normalize(uri).AbsoluteUri;

    private string NormalizeQuery(string query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return string.Empty;
        }

        var pairs = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=', StringComparison.Ordinal);
                return eq < 0 ? (Name: p, Value: (string?)null) : (Name: p[..eq], Value: p[(eq + 1)..]);
            })
            .Where(p => _ignored is null || !_ignored.IsMatch(Uri.UnescapeDataString(p.Name)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .ToList();

        if (pairs.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (sb.Length > 0)
            {
                sb.Append('&');
            }

            sb.Append(name);
            if (value is not null)
            {
                sb.Append('=').Append(value);
            }
        }

        return sb.ToString();
    }
}
