using System.Collections.Concurrent;
using A11yAudit.Browser.Check;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>
/// One worker's isolated pages (see <see cref="IsolatedPage"/>): at most <see cref="IdlePerKind"/> idle pages per kind
/// (scripts on, scripts off), reused from one audited page to the next; a lease when none is idle gets a fresh page.
/// </summary>
internal sealed class IsolatedPagePool : IAsyncDisposable
{
    private readonly Func<bool, Task<(IPage Page, NavigationGuard Guard)>> _open;
    /// <summary>Two: the page a worker finishes behind it (see AuditRunner) may hold one while the worker's next page leases another.</summary>
    public const int IdlePerKind = 2;

    private readonly ConcurrentDictionary<bool, ConcurrentStack<(IPage Page, NavigationGuard Guard)>> _idle = new();
    private int _disposed;

    public IsolatedPagePool(Func<bool, Task<(IPage Page, NavigationGuard Guard)>> open) => _open = open;

    public async Task<IsolatedPage> LeaseAsync(bool javaScriptEnabled)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!Idle(javaScriptEnabled).TryPop(out var kept) || kept.Page.IsClosed)
        {
            kept = await _open(javaScriptEnabled).ConfigureAwait(false);
        }

        // A guard remembers the last navigation's redirect chain and the last lease's settings; each use starts clean.
        kept.Guard.ResetForLease();
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
            var idle = Idle(lease.JavaScriptEnabled);
            lock (idle)
            {
                if (idle.Count < IdlePerKind)
                {
                    idle.Push((page, lease.Guard));
                    return;
                }
            }
        }

        await CloseAsync(page).ConfigureAwait(false);
    }

    private ConcurrentStack<(IPage Page, NavigationGuard Guard)> Idle(bool javaScriptEnabled) => _idle.GetOrAdd(javaScriptEnabled, _ => new());

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

        foreach (var idle in _idle.Values)
        {
            while (idle.TryPop(out var page))
            {
                await CloseAsync(page.Page).ConfigureAwait(false);
            }
        }
    }
}
