using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>
/// Opens a context's page in a popup window: one with no tab strip. Chromium's headless mode draws the real browser UI
/// off screen, and a tab's loading throbber is redrawn about 30 times a second for as long as the tab loads: about
/// 100 ms of CPU per second of loading, in the browser process and its compositor. A popup window has no tab to
/// animate (a page whose server waits 3 s: 110–180 ms of CPU in a popup, 310–430 in a tab; a throttled load of a page
/// with subresources: 320–430 against 440–670). The page is the same, visible and with the context's viewport; its
/// opener is closed, so <c>window.opener</c> is null, and <c>window.toolbar.visible</c> is false, as in any popup.
/// </summary>
internal static class PopupWindow
{
    /// <summary>Not <c>noopener</c>: Chromium then ignores <c>popup</c> for what the page sees (<c>window.toolbar.visible</c>), and only that tells the two kinds of window apart.</summary>
    private const string OpenScript = "() => { window.open('about:blank', '_blank', 'popup'); }";

    /// <summary>How long the new window may take to appear before the opening tab is used instead.</summary>
    private static readonly TimeSpan OpenTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>A page of <paramref name="context"/> in a popup window; a tab if the window did not open.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opener = await context.NewPageAsync().ConfigureAwait(false);
        var popup = context.WaitForPageAsync(new BrowserContextWaitForPageOptions { Timeout = (float)OpenTimeLimit.TotalMilliseconds });
        try
        {
            // DevTools can run the script even where the context has JavaScript turned off.
            await opener.EvaluateAsync(OpenScript).ConfigureAwait(false);
            var page = await popup.ConfigureAwait(false);
            await Closing.QuietlyAsync(() => opener.CloseAsync()).ConfigureAwait(false);
            return page;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // A tab does the same work; it only costs more while it loads.
            _ = popup.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            return opener;
        }
    }
}
