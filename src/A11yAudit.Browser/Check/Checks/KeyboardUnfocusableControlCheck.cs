using System.Text.Json;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.1.1 Keyboard: controls a mouse can use but a keyboard cannot. Violations: an element with a
/// widget role (button, link, tab…) that cannot take focus, and a pointer-styled element with a click
/// handler (onclick, or a click/pointer listener read over CDP) outside any focusable control. Needs
/// review: a focusable custom button or link that does nothing on Enter (or Space, for buttons). Nothing
/// inside a form is ever activated.
/// </summary>
public sealed class KeyboardUnfocusableControlCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/keyboard.html";

    /// <summary>Time for a key handler's effect (often a re-render in the next frame) to show.</summary>
    private const int SettleMilliseconds = 50;

    /// <summary>Listeners that mean "something happens when this is clicked or tapped".</summary>
    private static readonly HashSet<string> ActivationEvents = new(StringComparer.Ordinal)
    {
        "click", "dblclick", "mousedown", "mouseup", "pointerdown", "pointerup", "touchstart", "touchend",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id => "keyboard-unfocusable-control";

    public string Help => "Every control that works with a mouse can be reached and used with a keyboard";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.1.1"];

    public CheckCost Cost => CheckCost.Costly;

    private sealed record ElementJson(IReadOnlyList<string> Selector, string Html, string Role, string Cursor, bool Inline);

    private sealed record CandidatesJson(IReadOnlyList<ElementJson> Roles, IReadOnlyList<ElementJson> Pointers, IReadOnlyList<ElementJson> Keys);

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await KeyboardWalker.WarmUpAsync(context, cancellationToken).ConfigureAwait(false);
        var page = context.Page;
        var nodes = new List<CheckNode>();
        try
        {
            var candidates = JsonSerializer.Deserialize<CandidatesJson>(await page.EvaluateAsync<string>(UnfocusableScript.Candidates).ConfigureAwait(false), Json)
                ?? throw new JsonException("no candidates");
            nodes.AddRange(candidates.Roles.Select(RoleNode));
            nodes.AddRange(await PointerNodesAsync(page, candidates.Pointers).ConfigureAwait(false));
            for (var i = 0; i < candidates.Keys.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await KeyNodeAsync(page, i, candidates.Keys[i]).ConfigureAwait(false) is { } node)
                {
                    nodes.Add(node);
                }
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
        {
            // The page changed under the check; report what was found so far.
        }
        finally
        {
            try
            {
                await page.EvaluateAsync(UnfocusableScript.End).ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // The page went away.
            }
        }

        return KeyboardFindings.Create(this, context, "Keyboard-only and switch users can only use controls that receive keyboard focus and respond to Enter or Space. These controls respond to a mouse but not to a keyboard.", HelpUrl, Impact.Critical, nodes);
    }

    private static CheckNode RoleNode(ElementJson element)
    {
        var summary = $"The element says it is a {element.Role} (role=\"{element.Role}\") but has no tabindex and is not a native control, so keyboard users can never move focus to it.";
        var evidence = new Dictionary<string, string> { ["role"] = element.Role, ["tabindex"] = "none", ["cursor"] = element.Cursor };
        return new CheckNode(KeyboardFindings.Node(element.Selector, element.Html, summary, evidence), FindingOutcome.Violation);
    }

    /// <summary>Pointer-styled elements with an onclick attribute, or with click-type listeners found over CDP.</summary>
    private static async Task<IEnumerable<CheckNode>> PointerNodesAsync(IPage page, IReadOnlyList<ElementJson> pointers)
    {
        if (pointers.Count == 0)
        {
            return [];
        }

        var listeners = pointers.All(p => p.Inline) ? [] : await ListenerTypesAsync(page).ConfigureAwait(false);
        var nodes = new List<CheckNode>();
        for (var i = 0; i < pointers.Count; i++)
        {
            var pointer = pointers[i];
            var types = listeners.GetValueOrDefault(i, []).Where(ActivationEvents.Contains).ToList();
            if (!pointer.Inline && types.Count == 0)
            {
                // A pointer cursor alone may come from a delegated handler elsewhere, or from nothing at all.
                continue;
            }

            var handler = pointer.Inline ? "onclick attribute" : string.Join(", ", types) + " listener";
            var summary = $"The element responds to the mouse ({handler}) but is not a link, button or form control and has no tabindex, so keyboard users cannot reach or use it.";
            var evidence = new Dictionary<string, string> { ["handler"] = handler, ["tabindex"] = "none", ["cursor"] = pointer.Cursor };
            nodes.Add(new CheckNode(KeyboardFindings.Node(pointer.Selector, pointer.Html, summary, evidence), FindingOutcome.Violation));
        }

        return nodes;
    }

    /// <summary>Event listener types per pointer candidate (by index), read with DOMDebugger.getEventListeners.</summary>
    private static async Task<Dictionary<int, List<string>>> ListenerTypesAsync(IPage page)
    {
        var types = new Dictionary<int, List<string>>();
        var cdp = await page.Context.NewCDPSessionAsync(page).ConfigureAwait(false);
        try
        {
            var array = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object>
            {
                ["expression"] = UnfocusableScript.PointerArray,
                ["objectGroup"] = "a11yaudit",
            }).ConfigureAwait(false);
            if (array?.GetProperty("result").TryGetProperty("objectId", out var arrayId) != true)
            {
                return types;
            }

            var properties = await cdp.SendAsync("Runtime.getProperties", new Dictionary<string, object>
            {
                ["objectId"] = arrayId.GetString()!,
                ["ownProperties"] = true,
            }).ConfigureAwait(false);
            foreach (var property in properties?.GetProperty("result").EnumerateArray() ?? default)
            {
                if (!int.TryParse(property.GetProperty("name").GetString(), out var index)
                    || !property.TryGetProperty("value", out var value)
                    || !value.TryGetProperty("objectId", out var elementId))
                {
                    continue;
                }

                var found = await cdp.SendAsync("DOMDebugger.getEventListeners", new Dictionary<string, object>
                {
                    ["objectId"] = elementId.GetString()!,
                    ["depth"] = 0,
                }).ConfigureAwait(false);
                types[index] = (found?.GetProperty("listeners").EnumerateArray() ?? default)
                    .Select(l => l.GetProperty("type").GetString() ?? "")
                    .ToList();
            }

            await cdp.SendAsync("Runtime.releaseObjectGroup", new Dictionary<string, object> { ["objectGroup"] = "a11yaudit" }).ConfigureAwait(false);
        }
        finally
        {
            await cdp.DetachAsync().ConfigureAwait(false);
        }

        return types;
    }

    /// <summary>Presses Enter (and Space for buttons) on a focusable custom control and watches for any reaction.</summary>
    private static async Task<CheckNode?> KeyNodeAsync(IPage page, int index, ElementJson control)
    {
        var enter = await ReactsAsync(page, index, "Enter").ConfigureAwait(false);
        if (enter is null)
        {
            return null;
        }

        var space = control.Role == "button" ? await ReactsAsync(page, index, " ").ConfigureAwait(false) : true;
        if (enter.Value && space is not false)
        {
            return null;
        }

        var keys = !enter.Value && space is false ? "Enter or Space" : !enter.Value ? "Enter" : "Space";
        var summary = $"This focusable {control.Role} did nothing visible when {keys} was pressed (no click event, no change to the page); keyboard users may not be able to use it.";
        var evidence = new Dictionary<string, string>
        {
            ["role"] = control.Role,
            ["enterReacts"] = enter.Value ? "true" : "false",
            ["spaceReacts"] = control.Role == "button" ? (space is true ? "true" : "false") : "not expected for links",
        };
        return new CheckNode(KeyboardFindings.Node(control.Selector, control.Html, summary, evidence), FindingOutcome.NeedsReview);
    }

    /// <summary>True when the key caused a click, a DOM change, a focus move, a navigation attempt or a popup; null when the control could not be focused.</summary>
    private static async Task<bool?> ReactsAsync(IPage page, int index, string key)
    {
        if (!await page.EvaluateAsync<bool>(UnfocusableScript.Arm, index).ConfigureAwait(false))
        {
            return null;
        }

        var navigated = false;
        void OnRequest(object? sender, IRequest request) => navigated |= request.IsNavigationRequest;
        void OnPopup(object? sender, IPage popup)
        {
            navigated = true;
            _ = popup.CloseAsync();
        }

        page.Request += OnRequest;
        page.Popup += OnPopup;
        try
        {
            await page.Keyboard.PressAsync(key).ConfigureAwait(false);
            await page.WaitForTimeoutAsync(SettleMilliseconds).ConfigureAwait(false);
            var reacted = await page.EvaluateAsync<bool>(UnfocusableScript.Reacted).ConfigureAwait(false) || navigated;
            if (reacted)
            {
                // Close whatever the control opened (menus, dialogs) before the next key.
                await page.Keyboard.PressAsync("Escape").ConfigureAwait(false);
            }

            return reacted;
        }
        finally
        {
            page.Request -= OnRequest;
            page.Popup -= OnPopup;
        }
    }
}
