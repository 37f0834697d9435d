using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using Visit = A11yAudit.Browser.Visit;

namespace A11yAudit.Browser.Discover;

/// <summary>
/// Fast discovery without a browser: fetches pages with HttpClient and follows links in the server's HTML
/// (HtmlAgilityPack). Right for server-rendered sites; single-page apps need the browser mode.
/// Applies the same scope, robots.txt, sitemaps, rate limit, depth and page limits as an audit.
/// </summary>
public sealed class HttpDiscoverer(AuditOptions options, HttpClient http)
{
    public async Task<DiscoveryResult> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        var normalizer = new UrlNormalizer(options.Scope.IgnoreQueryParameters);
        var startUrls = options.StartUrls.Select(normalizer.Normalize).ToList();
        var scope = new ScopeRules(options.Scope, startUrls);
        var rateLimiter = new HostRateLimiter(options.Crawl.RequestsPerSecondPerHost);
        var robots = new RobotsPolicy(http, options.Crawl.RespectRobotsTxt, rateLimiter);
        var sitemapUrls = await SitemapDiscovery.SitemapUrlsAsync(robots, startUrls, cancellationToken).ConfigureAwait(false);

        var frontier = new Frontier(normalizer, scope, robots.Decide, options.Crawl.MaxPages, options.Crawl.MaxDepth);
        foreach (var url in startUrls)
        {
            frontier.Offer(url, 0, null);
        }

        if (options.Crawl.UseSitemaps)
        {
            foreach (var (url, sitemap) in await new SitemapDiscovery(http, rateLimiter).DiscoverAsync(sitemapUrls, cancellationToken).ConfigureAwait(false))
            {
                frontier.Offer(url, 0, sitemap);
            }
        }

        frontier.SeedingDone();
        var pages = new List<string>();
        var skipped = new List<SkippedUrl>();
        var gate = new object();
        var workers = Enumerable.Range(0, Math.Max(1, options.Crawl.Concurrency)).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in frontier.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await rateLimiter.WaitAsync(item.Url, cancellationToken).ConfigureAwait(false);
                    var (html, finalUrl, reason) = await FetchAsync(item.Url, scope, robots, cancellationToken).ConfigureAwait(false);
                    lock (gate)
                    {
                        if (html is null)
                        {
                            skipped.Add(new SkippedUrl(item.Url.AbsoluteUri, reason ?? "not an HTML page", item.FoundOn));
                        }
                        else
                        {
                            pages.Add(item.Url.AbsoluteUri);
                        }
                    }

                    if (html is not null && options.Crawl.FollowLinks)
                    {
                        foreach (var link in LinkExtractor.ExtractLinks(html, finalUrl!))
                        {
                            frontier.Offer(link, item.Depth + 1, item.Url.AbsoluteUri);
                        }
                    }
                }
                finally
                {
                    frontier.Complete(item);
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);

        return new DiscoveryResult(pages, [.. skipped, .. frontier.Skipped]);
    }

    /// <summary>Longest wait a 429 or 503 may ask for before discovery fetches the page again (it is not kept waiting for hours).</summary>
    public static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(30);

    /// <summary>A GET, repeated (as the crawl's guard does) when the server answers 429 or 503 and asks for a short wait.</summary>
    private async Task<HttpResponseMessage> GetPatientlyAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var header = response.Headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null;
            if (attempt >= RetryAfter.MaxRetries || RetryAfter.Wait((int)response.StatusCode, header, DateTimeOffset.UtcNow) is not { } wait || wait > MaxRetryWait)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>GET with redirects followed by hand, so each hop is checked against scope and robots.txt.</summary>
    private async Task<(string? Html, Uri? FinalUrl, string? Reason)> FetchAsync(Uri url, ScopeRules scope, RobotsPolicy robots, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; hop <= Visit.NavigationGuard.MaxRedirects; hop++)
        {
            HttpResponseMessage response;
            try
            {
                response = await GetPatientlyAsync(current, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                return (null, null, "could not load: " + ex.Message);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, null, "timed out");
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = new Uri(current, location);
                    var decision = scope.Decide(next);
                    if (decision.Allow)
                    {
                        decision = robots.Decide(next);
                    }

                    if (!decision.Allow)
                    {
                        return (null, null, $"redirected to {next.AbsoluteUri}, which was not followed: {decision.Reason}");
                    }

                    current = next;
                    continue;
                }

                var media = response.Content.Headers.ContentType?.MediaType;
                if (!Visit.NavigationGuard.IsHtml(media))
                {
                    return (null, null, $"not HTML ({media})");
                }

                if (status >= 400)
                {
                    return (null, null, $"HTTP {status}");
                }

                return (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), current, null);
            }
        }

        return (null, null, "redirect loop");
    }
}

/// <summary>The HTML pages found (in discovery order) and everything skipped, with reasons.</summary>
public sealed record DiscoveryResult(IReadOnlyList<string> Pages, IReadOnlyList<SkippedUrl> Skipped);
