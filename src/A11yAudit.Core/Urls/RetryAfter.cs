using System.Globalization;

namespace A11yAudit.Core.Urls;

/// <summary>
/// How long a server that answered "too many requests" (429) or "unavailable" (503) asked the crawler to wait
/// (RFC 9110 Retry-After: seconds, or an HTTP date), so a page is fetched again instead of recorded as an error.
/// </summary>
public static class RetryAfter
{
    /// <summary>A 429 without Retry-After still means "slow down": wait this long before trying again.</summary>
    public static readonly TimeSpan DefaultFor429 = TimeSpan.FromSeconds(2);

    /// <summary>Times a page is fetched again after such an answer, by the crawl's guard and by discovery alike.</summary>
    public const int MaxRetries = 2;

    public static bool IsRetryable(int status) => status is 429 or 503;

    /// <summary>
    /// The wait the response asks for; null when it asks for none (a 503 without Retry-After is not retried: it
    /// may be down for hours). <paramref name="now"/> resolves an HTTP date.
    /// </summary>
    public static TimeSpan? Wait(int status, string? header, DateTimeOffset now)
    {
        if (!IsRetryable(status))
        {
            return null;
        }

        var value = header?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return status == 429 ? DefaultFor429 : null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return status == 429 ? DefaultFor429 : null;
    }
}
