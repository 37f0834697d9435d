using System.Diagnostics;
using System.Globalization;
using A11yAudit.Core.Urls;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>
/// Routes every request of a worker's context. Non-GET requests are blocked (nothing the audit does may
/// change a live service's data) unless the target opts out. Top-level document requests are fetched
/// without following redirects, so each hop is checked against scope and robots.txt before the browser
/// follows it, and non-HTML responses are never rendered.
/// </summary>
public sealed class NavigationGuard
{
    public const int MaxRedirects = 10;

    private readonly Func<Uri, CrawlDecision> _decide;
    private readonly bool _allowNonGet;
    private readonly float _timeoutMs;
    private int _blockedRequests;

    public NavigationGuard(Func<Uri, CrawlDecision> decide, bool allowNonGet, TimeSpan timeout)
    {
        _decide = decide;
        _allowNonGet = allowNonGet;
        _timeoutMs = (float)timeout.TotalMilliseconds;
    }

    /// <summary>What happened to the current page's top-level document; reset before each navigation.</summary>
    public NavigationOutcome Current { get; private set; } = new();

    public int BlockedRequests => Volatile.Read(ref _blockedRequests);

    /// <summary>Navigations a check triggers after the page is loaded are cancelled while locked.</summary>
    public bool Locked { get; set; }

    public void Reset() => Current = new NavigationOutcome();

    /// <summary>For a page lent to a check: no navigation remembered, and none of the last lease's settings left on.</summary>
    public void ResetForLease()
    {
        Reset();
        Throttle = null;
        SkippedResourceTypes = null;
        Locked = false;
    }

    /// <summary>
    /// Set for a throttled load. The guard fetches top-level documents itself, and a response handed to the
    /// browser that way never passes the browser's network throttling, so the guard applies the same latency
    /// and throughput to the document before handing it over.
    /// </summary>
    public DocumentThrottle? Throttle { get; set; }

    /// <summary>
    /// Resource types (Playwright's names: "image", "media", "font") not fetched at all, for a load whose check does not
    /// need them; null fetches everything. Spares the audited site the bytes and the browser the decoding.
    /// </summary>
    public IReadOnlySet<string>? SkippedResourceTypes { get; set; }

    /// <summary>Keeps the redirect chain of the previous hop when the visitor follows a checked redirect.</summary>
    public void ContinueRedirect()
    {
        var chain = Current.RedirectChain;
        Current = new NavigationOutcome();
        Current.RedirectChain.AddRange(chain);
    }

    public Task AttachAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RouteAsync("**/*", HandleAsync);
    }

    private async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        try
        {
            if (!_allowNonGet && request.Method is not ("GET" or "HEAD" or "OPTIONS"))
            {
                Interlocked.Increment(ref _blockedRequests);
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            if (SkippedResourceTypes is { } skipped && skipped.Contains(request.ResourceType))
            {
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            if (!request.IsNavigationRequest || request.Frame.ParentFrame is not null)
            {
                await route.ContinueAsync().ConfigureAwait(false);
                return;
            }

            if (Locked)
            {
                Current.NavigationsCancelled++;
                await route.AbortAsync("aborted").ConfigureAwait(false);
                return;
            }

            await HandleDocumentAsync(route, new Uri(request.Url)).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page closed or navigated on while this request was in flight; nothing to answer.
        }
    }

    private async Task HandleDocumentAsync(IRoute route, Uri url)
    {
        var outcome = Current;
        var clock = Stopwatch.StartNew();
        var response = await FetchPatientlyAsync(route, null, outcome, clock).ConfigureAwait(false);
        var hopUrl = url;
        var hops = 0;
        while (IsRedirect(response.Status) && response.Headers.TryGetValue("location", out var location))
        {
            if (!Uri.TryCreate(hopUrl, location, out var next))
            {
                break;
            }

            hops++;
            outcome.RedirectChain.Add(next.AbsoluteUri);
            if (hops > MaxRedirects || outcome.RedirectChain.Count(u => u == next.AbsoluteUri) > 1)
            {
                outcome.Failure = $"redirect loop ({string.Join(" → ", outcome.RedirectChain.Prepend(url.AbsoluteUri).Take(6))}…)";
                await route.AbortAsync("toomanyredirects").ConfigureAwait(false);
                return;
            }

            var decision = _decide(next);
            if (!decision.Allow)
            {
                outcome.RedirectedOutOfScopeTo = next;
                outcome.Failure = $"redirected to {next.AbsoluteUri}, which was not followed: {decision.Reason}";
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            hopUrl = next;
            response = await FetchPatientlyAsync(route, next.AbsoluteUri, outcome, clock).ConfigureAwait(false);
        }

        outcome.Status = response.Status;
        response.Headers.TryGetValue("content-type", out var contentType);
        outcome.ContentType = contentType;
        if (!IsHtml(contentType))
        {
            outcome.NotHtml = true;
            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
            return;
        }

        if (hopUrl != url)
        {
            // The visitor navigates to the checked final URL itself, so the page's own URL (and every
            // relative link on it) is the final one and the browser never follows an unchecked hop.
            outcome.RedirectTarget = hopUrl;
            await route.AbortAsync("aborted").ConfigureAwait(false);
            return;
        }

        if (Throttle is { } throttle)
        {
            var body = await response.BodyAsync().ConfigureAwait(false);
            await Task.Delay(throttle.DelayFor(body.Length)).ConfigureAwait(false);
        }

        await route.FulfillAsync(new RouteFulfillOptions { Response = response }).ConfigureAwait(false);
    }

    /// <summary>
    /// Fetches the document, and again (at most <see cref="RetryAfter.MaxRetries"/> times) when the server answers 429 or 503 and
    /// asks for a wait that still leaves the page time to render: a busy site's page is audited, not its error page.
    /// </summary>
    private async Task<IAPIResponse> FetchPatientlyAsync(IRoute route, string? url, NavigationOutcome outcome, Stopwatch clock)
    {
        var budget = TimeSpan.FromMilliseconds(_timeoutMs);
        var renderAllowance = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(5).Ticks, budget.Ticks / 3));
        for (var attempt = 0; ; attempt++)
        {
            var response = await route.FetchAsync(new RouteFetchOptions { Url = url, MaxRedirects = 0, Timeout = _timeoutMs }).ConfigureAwait(false);
            response.Headers.TryGetValue("retry-after", out var header);
            if (RetryAfter.Wait(response.Status, header, DateTimeOffset.UtcNow) is not { } wait)
            {
                return response;
            }

            var asked = $"the server answered {response.Status} and asked to wait {Seconds(wait)} before trying again";
            if (attempt >= RetryAfter.MaxRetries || wait > budget - clock.Elapsed - renderAllowance)
            {
                outcome.Note = attempt >= RetryAfter.MaxRetries ? $"{asked}, after {RetryAfter.MaxRetries} waits already" : $"{asked}, longer than the page's time limit allows";
                return response;
            }

            outcome.Note = $"fetched again: {asked}";
            await response.DisposeAsync().ConfigureAwait(false);
            await Task.Delay(wait).ConfigureAwait(false);
        }
    }

    private static string Seconds(TimeSpan wait) => wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>HTML or XHTML, or no content type at all (browsers sniff those as HTML).</summary>
    public static bool IsHtml(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var media = contentType.Split(';')[0].Trim();
        return media.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A slow connection for documents: a fixed latency, then the body at a fixed rate.</summary>
public sealed record DocumentThrottle(TimeSpan Latency, double BytesPerSecond)
{
    public TimeSpan DelayFor(long bytes) => Latency + TimeSpan.FromSeconds(BytesPerSecond > 0 ? bytes / BytesPerSecond : 0);
}

/// <summary>The guard's record of one top-level navigation.</summary>
public sealed class NavigationOutcome
{
    public int? Status { get; set; }
    public string? ContentType { get; set; }
    public bool NotHtml { get; set; }
    public Uri? RedirectedOutOfScopeTo { get; set; }

    /// <summary>Set when the document redirected, within scope, to this URL; the visitor goes there next.</summary>
    public Uri? RedirectTarget { get; set; }
    public string? Failure { get; set; }
    public List<string> RedirectChain { get; } = [];
    public int NavigationsCancelled { get; set; }

    /// <summary>Something worth telling about how the document was fetched (the server asked the crawler to wait).</summary>
    public string? Note { get; set; }
}
