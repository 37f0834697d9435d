using System.Text.Json;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.3 Focus Order and 2.1.2 No Keyboard Trap for dialogs: clicks up to three controls whose markup
/// says they open a dialog, then checks that focus moves into the dialog, that Tab keeps it inside a modal
/// dialog, and that Escape closes it. The dialog is closed again afterwards (Escape, its close button, or
/// dialog.close() for a native dialog); the page is never reloaded.
/// </summary>
public sealed class DialogFocusCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/focus-order.html";

    /// <summary>Tab presses to see whether focus escapes: more than a small dialog has controls.</summary>
    public const int TabPresses = 10;

    // How long to wait for a dialog (and its focus handling, often after an opening animation) to settle.
    private const float OpenTimeoutMs = 1000;
    private const float FocusTimeoutMs = 1000;
    private const float CloseTimeoutMs = 600;
    private const float ClickTimeoutMs = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id => "dialog-focus";

    public string Help => "Opening a dialog moves keyboard focus into it, a modal dialog keeps focus inside, and Escape closes it";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.3", "2.1.2"];

    public CheckCost Cost => CheckCost.Costly;

    private sealed record TriggerJson(IReadOnlyList<string> Selector, string Html, IReadOnlyList<string>? Dialog);

    private sealed record InfoJson(IReadOnlyList<string> Selector, string Html, bool Modal, IReadOnlyList<string>? Active);

    private sealed record WhereJson(string Where, IReadOnlyList<string>? Active);

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await KeyboardWalker.WarmUpAsync(context, cancellationToken).ConfigureAwait(false);
        var page = context.Page;
        List<TriggerJson> triggers;
        try
        {
            triggers = Parse<List<TriggerJson>>(await page.EvaluateAsync<string>(DialogScript.Triggers).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
        {
            return [];
        }

        var nodes = new List<CheckNode>();
        foreach (var trigger in triggers.Where(t => t.Selector.Count == 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (await TestAsync(page, trigger).ConfigureAwait(false) is { } node)
                {
                    nodes.Add(node);
                }
            }
            catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
            {
                // This trigger could not be tested (it moved, or the page changed under it); try the next.
            }
            finally
            {
                await EndAsync(page).ConfigureAwait(false);
            }
        }

        return KeyboardFindings.Create(this, context, "When a dialog opens, keyboard and screen reader users need focus to move into it; a modal dialog must keep focus inside until it closes, and Escape should close it.", HelpUrl, Impact.Serious, nodes);
    }

    private static async Task<CheckNode?> TestAsync(IPage page, TriggerJson trigger)
    {
        await page.EvaluateAsync(DialogScript.Begin).ConfigureAwait(false);
        var handle = await page.QuerySelectorAsync(trigger.Selector[0]).ConfigureAwait(false);
        if (handle is null)
        {
            return null;
        }

        try
        {
            await handle.ClickAsync(new ElementHandleClickOptions { Timeout = ClickTimeoutMs }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }

        if (!await WaitAsync(page, DialogScript.Opened, trigger.Dialog?[0], OpenTimeoutMs).ConfigureAwait(false))
        {
            // Nothing opened (perhaps it needs data the audit's GET-only guard blocked): nothing to judge.
            return null;
        }

        var movedIn = await WaitAsync(page, DialogScript.FocusInside, null, FocusTimeoutMs).ConfigureAwait(false);
        var info = Parse<InfoJson>(await page.EvaluateAsync<string>(DialogScript.Info).ConfigureAwait(false));
        IReadOnlyList<string>? escapedTo = null;
        for (var i = 0; i < TabPresses && escapedTo is null; i++)
        {
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            var where = Parse<WhereJson>(await page.EvaluateAsync<string>(DialogScript.Where).ConfigureAwait(false));
            if (where.Where == "outside")
            {
                escapedTo = where.Active;
            }
        }

        await page.Keyboard.PressAsync("Escape").ConfigureAwait(false);
        var escapeCloses = await WaitAsync(page, DialogScript.Closed, null, CloseTimeoutMs).ConfigureAwait(false);
        var closedBy = escapeCloses ? "Escape" : await CloseAsync(page).ConfigureAwait(false);
        return Judge(trigger, info, movedIn, escapedTo, escapeCloses, closedBy);
    }

    private static CheckNode? Judge(TriggerJson trigger, InfoJson info, bool movedIn, IReadOnlyList<string>? escapedTo, bool escapeCloses, string closedBy)
    {
        var problems = new List<(FindingOutcome Outcome, string Text)>();
        var kind = info.Modal ? "modal dialog" : "dialog";
        if (!movedIn)
        {
            var where = info.Active is { Count: > 0 } active ? KeyboardFindings.Display(active) : "the page";
            problems.Add((info.Modal ? FindingOutcome.Violation : FindingOutcome.NeedsReview, $"When the {kind} opened, focus stayed on {where} instead of moving into it."));
        }

        if (escapedTo is not null)
        {
            var text = info.Modal
                ? $"Tab moved focus out of the modal dialog to {KeyboardFindings.Display(escapedTo)}, behind it."
                : $"Tab moved focus out of the dialog to {KeyboardFindings.Display(escapedTo)}; it is not marked aria-modal, but if it covers the page focus should stay inside.";
            problems.Add((info.Modal ? FindingOutcome.Violation : FindingOutcome.NeedsReview, text));
        }

        if (!escapeCloses)
        {
            problems.Add((FindingOutcome.NeedsReview, "Escape did not close it."));
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var evidence = new Dictionary<string, string>
        {
            ["trigger"] = KeyboardFindings.Display(trigger.Selector),
            ["modal"] = info.Modal ? "true" : "false",
            ["focusMovedIn"] = movedIn ? "true" : "false",
            ["focusAfterOpening"] = info.Active is { Count: > 0 } a ? KeyboardFindings.Display(a) : "none",
            ["focusEscapedTo"] = escapedTo is null ? "none" : KeyboardFindings.Display(escapedTo),
            ["escapeCloses"] = escapeCloses ? "true" : "false",
            ["closedBy"] = closedBy,
        };
        var outcome = problems.Any(p => p.Outcome == FindingOutcome.Violation) ? FindingOutcome.Violation : FindingOutcome.NeedsReview;
        var summary = $"Opened by {KeyboardFindings.Display(trigger.Selector)}. " + string.Join(" ", problems.Select(p => p.Text));
        return new CheckNode(KeyboardFindings.Node(info.Selector, info.Html, summary, evidence), outcome);
    }

    /// <summary>Closes a dialog Escape left open: its own close control, else dialog.close() for a native dialog.</summary>
    private static async Task<string> CloseAsync(IPage page)
    {
        var selector = JsonSerializer.Deserialize<IReadOnlyList<string>?>(await page.EvaluateAsync<string>(DialogScript.CloseControl).ConfigureAwait(false), Json);
        if (selector is { Count: 1 } && await page.QuerySelectorAsync(selector[0]).ConfigureAwait(false) is { } close)
        {
            try
            {
                await close.ClickAsync(new ElementHandleClickOptions { Timeout = ClickTimeoutMs }).ConfigureAwait(false);
                if (await WaitAsync(page, DialogScript.Closed, null, CloseTimeoutMs).ConfigureAwait(false))
                {
                    return "its close button " + selector[0];
                }
            }
            catch (TimeoutException)
            {
                // Covered or detached: fall through.
            }
        }

        return await page.EvaluateAsync<bool>(DialogScript.CloseNative).ConfigureAwait(false)
            ? "dialog.close()"
            : "not closed: it may still be open for later checks";
    }

    private static async Task<bool> WaitAsync(IPage page, string script, string? argument, float timeoutMs)
    {
        try
        {
            await page.WaitForFunctionAsync(script, argument, new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 50 }).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task EndAsync(IPage page)
    {
        try
        {
            await page.EvaluateAsync(DialogScript.End).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page went away.
        }
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException("empty result");
}
