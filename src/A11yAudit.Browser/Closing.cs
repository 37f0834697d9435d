using Microsoft.Playwright;

namespace A11yAudit.Browser;

/// <summary>
/// Closes pages, contexts and browsers that may already be gone. Playwright can leave a call unanswered for
/// ever when it is sent just as the connection to a browser closes (the call's callback is registered after
/// the close has failed the others), so a close gives up after <see cref="Limit"/> instead of hanging the audit.
/// </summary>
internal static class Closing
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task QuietlyAsync(Func<Task> close)
    {
        try
        {
            await close().WaitAsync(Limit).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Already gone, or not answering: either way nothing more can be closed.
        }
    }

    /// <summary>Closes a context; one whose browser has gone went with it, so nothing is sent.</summary>
    public static Task ContextQuietlyAsync(IBrowserContext context) =>
        context.Browser is { IsConnected: false } ? Task.CompletedTask : QuietlyAsync(() => context.CloseAsync());
}
