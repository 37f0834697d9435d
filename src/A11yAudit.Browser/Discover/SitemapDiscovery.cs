using A11yAudit.Core.Urls;

namespace A11yAudit.Browser.Discover;

/// <summary>Fetches /sitemap.xml of each start origin and the sitemaps named in robots.txt, following indexes.</summary>
public sealed class SitemapDiscovery(HttpClient http, HostRateLimiter rateLimiter)
{
    public const int MaxSitemaps = 50;

    /// <summary>For each start origin: the sitemaps its robots.txt names, and /sitemap.xml.</summary>
    public static async Task<IReadOnlyList<Uri>> SitemapUrlsAsync(RobotsPolicy robots, IEnumerable<Uri> startUrls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(robots);
        var sitemapUrls = new List<Uri>();
        foreach (var origin in startUrls.Select(ScopeRules.OriginOf).Distinct())
        {
            var robotsTxt = await robots.LoadAsync(new Uri(origin), cancellationToken).ConfigureAwait(false);
            sitemapUrls.AddRange(robotsTxt.Sitemaps.Select(s => Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : null).OfType<Uri>());
            sitemapUrls.Add(new Uri(origin + "/sitemap.xml"));
        }

        return sitemapUrls;
    }

    public async Task<IReadOnlyList<(Uri Url, string Sitemap)>> DiscoverAsync(IEnumerable<Uri> sitemapUrls, CancellationToken cancellationToken)
    {
        var pages = new List<(Uri, string)>();
        var queue = new Queue<(Uri Url, int Level)>(sitemapUrls.Select(u => (u, 0)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && seen.Count < MaxSitemaps)
        {
            var (url, level) = queue.Dequeue();
            if (!seen.Add(url.AbsoluteUri))
            {
                continue;
            }

            var xml = await TryGetAsync(url, cancellationToken).ConfigureAwait(false);
            if (xml is null)
            {
                continue;
            }

            var (entries, children) = SitemapReader.Parse(xml);
            foreach (var entry in entries)
            {
                if (Uri.TryCreate(url, entry, out var page) && UrlNormalizer.IsHttp(page))
                {
                    pages.Add((page, url.AbsoluteUri));
                }
            }

            if (level < SitemapReader.MaxNesting)
            {
                foreach (var child in children)
                {
                    if (Uri.TryCreate(url, child, out var childUrl) && UrlNormalizer.IsHttp(childUrl))
                    {
                        queue.Enqueue((childUrl, level + 1));
                    }
                }
            }
        }

        return pages;
    }

    private async Task<string?> TryGetAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            await rateLimiter.WaitAsync(url, cancellationToken).ConfigureAwait(false);
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var media = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            if (media.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
