using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>
/// Real Tab presses sent straight to Chromium (DevTools protocol) back to back: key events on one session are
/// handled in order, so a batch costs about one round trip instead of two per press. The events are the ones
/// Playwright's <c>Keyboard.PressAsync("Tab")</c> sends.
/// </summary>
internal sealed class TabKeys : IAsyncDisposable
{
    private readonly ICDPSession _cdp;

    private TabKeys(ICDPSession cdp) => _cdp = cdp;

    /// <summary>Null where the browser has no DevTools protocol; the walk then presses one key at a time.</summary>
    public static async Task<TabKeys?> TryOpenAsync(IPage page) =>
        await DevTools.TryOpenAsync(page).ConfigureAwait(false) is { } cdp ? new TabKeys(cdp) : null;

    public async Task PressAsync(int count, CancellationToken cancellationToken)
    {
        var sent = new List<Task>(count * 2);
        for (var i = 0; i < count; i++)
        {
            sent.Add(_cdp.SendAsync("Input.dispatchKeyEvent", Event("rawKeyDown")));
            sent.Add(_cdp.SendAsync("Input.dispatchKeyEvent", Event("keyUp")));
        }

        await Task.WhenAll(sent).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, object> Event(string type) => new()
    {
        ["type"] = type,
        ["key"] = "Tab",
        ["code"] = "Tab",
        ["windowsVirtualKeyCode"] = 9,
        ["nativeVirtualKeyCode"] = 9,
        ["location"] = 0,
        ["autoRepeat"] = false,
        ["isKeypad"] = false,
        ["modifiers"] = 0,
    };

    public async ValueTask DisposeAsync() => await DevTools.DetachQuietlyAsync(_cdp).ConfigureAwait(false);
}
