using System.Collections.Concurrent;
using System.Net;
using A11yAudit.Core.Urls;

namespace A11yAudit.Browser.Discover;

/// <summary>Fetches and caches robots.txt per origin, and answers whether a URL may be crawled.</summary>
public sealed class RobotsPolicy(HttpClient http, bool enabled, HostRateLimiter? rateLimiter = null)
{
    private readonly ConcurrentDictionary<string, RobotsTxt> _byOrigin = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads robots.txt for an origin (once); later calls are answered from the cache.</summary>
    public async Task<RobotsTxt> LoadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = ScopeRules.OriginOf(url);
        if (_byOrigin.TryGetValue(origin, out var cached))
        {
            return cached;
        }

        var robots = await FetchAsync(new Uri(origin + "/robots.txt"), cancellationToken).ConfigureAwait(false);
        if (robots.CrawlDelay is { } delay)
        {
            rateLimiter?.SetCrawlDelay(url.Host, delay);
        }

        return _byOrigin.GetOrAdd(origin, robots);
    }

    /// <summary>Answers from the cache; origins never loaded are allowed (call LoadAsync for start origins).</summary>
    public CrawlDecision Decide(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!enabled)
        {
            return CrawlDecision.Allowed;
        }

        return _byOrigin.TryGetValue(ScopeRules.OriginOf(url), out var robots) && !robots.IsAllowed(url)
            ? CrawlDecision.Deny("disallowed by robots.txt")
            : CrawlDecision.Allowed;
    }

    private async Task<RobotsTxt> FetchAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        try
        {
            if (rateLimiter is not null)
            {
                await rateLimiter.WaitAsync(robotsUrl, cancellationToken).ConfigureAwait(false);
            }

            using var response = await http.GetAsync(robotsUrl, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return RobotsTxt.Parse(text);
            }

            // RFC 9309: a missing robots.txt (4xx) allows everything; a server error means "do not crawl".
            return (int)response.StatusCode >= 500 && enabled
                ? RobotsTxt.Parse("User-agent: *\nDisallow: /")
                : RobotsTxt.AllowAll;
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null or HttpStatusCode.NotFound)
        {
            return RobotsTxt.AllowAll;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RobotsTxt.AllowAll;
        }
    }
}
