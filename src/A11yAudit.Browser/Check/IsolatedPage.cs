using A11yAudit.Browser.Visit;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check;

/// <summary>
/// A page in a browser context of its own (same viewport and GET-only guard as the crawl), lent to a check that
/// reloads the audited page under other conditions (throttled network, scripts off). Disposing it gives it back
/// for the next page only if the check called <see cref="Keep"/> after a clean use; otherwise its context is
/// closed. Each worker keeps one per kind, because a new context costs a new renderer process (about 250 ms of
/// CPU against 60 ms for a navigation in a page already open, measured with Debian Chromium on a 2-core machine).
/// </summary>
public sealed class IsolatedPage : IAsyncDisposable
{
    private readonly Func<IsolatedPage, bool, ValueTask> _return;
    private bool _keep;
    private bool _disposed;

    internal IsolatedPage(IPage page, bool javaScriptEnabled, NavigationGuard guard, Func<IsolatedPage, bool, ValueTask> giveBack)
    {
        Page = page;
        Guard = guard;
        JavaScriptEnabled = javaScriptEnabled;
        _return = giveBack;
    }

    public IPage Page { get; }

    public bool JavaScriptEnabled { get; }

    /// <summary>The page's own guard (GET only, scope-checked redirects), which the pool resets and locks.</summary>
    internal NavigationGuard Guard { get; }

    /// <summary>
    /// Throttles the top-level document as the browser's network emulation throttles everything else (the
    /// crawl's guard fetches documents itself, out of the browser's reach). Lasts for this lease only.
    /// </summary>
    public void ThrottleDocuments(TimeSpan latency, double bytesPerSecond) => Guard.Throttle = new DocumentThrottle(latency, bytesPerSecond);

    /// <summary>Leaves these resource types (Playwright's names: "image", "media", "font") unfetched for this lease only.</summary>
    public void SkipResources(params string[] resourceTypes) => Guard.SkippedResourceTypes = resourceTypes.ToHashSet(StringComparer.Ordinal);

    /// <summary>The page is in a known state (loaded, no throttling left on): the next check may have it.</summary>
    public void Keep() => _keep = true;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _return(this, _keep).ConfigureAwait(false);
    }
}
