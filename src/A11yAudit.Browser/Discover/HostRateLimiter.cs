using System.Collections.Concurrent;
using System.Net;

namespace A11yAudit.Browser.Discover;

/// <summary>
/// Spaces requests to each remote host so an audit never hammers a live service. Loopback hosts (a team
/// auditing its own build) are never throttled.
/// </summary>
public sealed class HostRateLimiter(double requestsPerSecond, TimeProvider? timeProvider = null)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The gap between two requests to a host; robots.txt's Crawl-delay can only lengthen it.</summary>
    public TimeSpan IntervalFor(string host) =>
        _delays.TryGetValue(host, out var d) ? Max(d, BaseInterval) : BaseInterval;

    private TimeSpan BaseInterval => requestsPerSecond <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(1 / requestsPerSecond);

    public void SetCrawlDelay(string host, TimeSpan delay) => _delays[host] = delay;

    public async Task WaitAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (IsLoopback(url))
        {
            return;
        }

        var host = url.Host;
        var gate = _locks.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (_next.TryGetValue(host, out var next) && next > now)
            {
                await Task.Delay(next - now, _time, cancellationToken).ConfigureAwait(false);
                now = _time.GetUtcNow();
            }

            _next[host] = now + IntervalFor(host);
        }
        finally
        {
            gate.Release();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
