using System.Collections.Concurrent;
using A11yAudit.Browser.Check;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>
/// One worker's isolated pages (see <see cref="IsolatedPage"/>): at most one idle page per kind (scripts on,
/// scripts off), reused from one audited page to the next; a second lease of the same kind at the same time
/// gets a fresh page.
/// </summary>
internal sealed class IsolatedPagePool : IAsyncDisposable
{
    private readonly Func<bool, Task<(IPage Page, NavigationGuard Guard)>> _open;
    private readonly ConcurrentDictionary<bool, (IPage Page, NavigationGuard Guard)> _idle = new();
    private int _disposed;

    public IsolatedPagePool(Func<bool, Task<(IPage Page, NavigationGuard Guard)>> open) => _open = open;

    public async Task<IsolatedPage> LeaseAsync(bool javaScriptEnabled)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_idle.TryRemove(javaScriptEnabled, out var kept) || kept.Page.IsClosed)
        {
            kept = await _open(javaScriptEnabled).ConfigureAwait(false);
        }

        // A guard remembers the last navigation's redirect chain and throttle; each use starts clean.
        kept.Guard.Reset();
        kept.Guard.Throttle = null;
        kept.Guard.Locked = false;
        return new IsolatedPage(kept.Page, javaScriptEnabled, kept.Guard, GiveBackAsync);
    }

    private async ValueTask GiveBackAsync(IsolatedPage lease, bool keep)
    {
        var page = lease.Page;
        if (keep && Volatile.Read(ref _disposed) == 0 && !page.IsClosed)
        {
            if (lease.JavaScriptEnabled && !await TryBlankAsync(page).ConfigureAwait(false))
            {
                await CloseAsync(page).ConfigureAwait(false);
                return;
            }

            // An idle page must not wander off: a meta refresh (a session time-out page, say) would otherwise load
            // page after page, unseen, until the next use. The guard cancels its navigations while it waits.
            lease.Guard.Locked = true;
            if (_idle.TryAdd(lease.JavaScriptEnabled, (page, lease.Guard)))
            {
                return;
            }
        }

        await CloseAsync(page).ConfigureAwait(false);
    }

    /// <summary>A page left running its scripts would spend CPU until the next use; about:blank stops them.</summary>
    private static async Task<bool> TryBlankAsync(IPage page)
    {
        try
        {
            await page.GotoAsync("about:blank").ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return false;
        }
    }

    private static Task CloseAsync(IPage page) => Closing.ContextQuietlyAsync(page.Context);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var kind in _idle.Keys.ToList())
        {
            if (_idle.TryRemove(kind, out var idle))
            {
                await CloseAsync(idle.Page).ConfigureAwait(false);
            }
        }
    }
}
