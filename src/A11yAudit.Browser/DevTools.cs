using Microsoft.Playwright;

namespace A11yAudit.Browser;

/// <summary>DevTools protocol sessions that may fail to open (not Chromium, page gone) or to close (page gone).</summary>
internal static class DevTools
{
    /// <summary>A session on <paramref name="page"/>, or null where the browser offers none or the page has gone.</summary>
    public static async Task<ICDPSession?> TryOpenAsync(IPage page)
    {
        try
        {
            return await page.Context.NewCDPSessionAsync(page).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>Detaches; a session already gone with its page needs nothing more.</summary>
    public static Task DetachQuietlyAsync(ICDPSession cdp) => Closing.QuietlyAsync(() => cdp.DetachAsync());
}
