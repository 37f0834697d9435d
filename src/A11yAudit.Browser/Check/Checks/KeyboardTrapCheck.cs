using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.1.2 No Keyboard Trap: tabs through the page and reports focus that keeps cycling within a few
/// elements (not the whole page, not an open dialog), then tries Shift+Tab and Escape followed by Tab.
/// </summary>
public sealed class KeyboardTrapCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap.html";

    public string Id => "keyboard-trap";

    public string Help => "Keyboard focus can move into and back out of every part of the page";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.1.2"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var walk = await KeyboardWalker.GetAsync(context.Page, cancellationToken).ConfigureAwait(false);
        if (walk.Trap is not { Cycle.Count: > 0 } trap)
        {
            return [];
        }

        // Editors may keep Tab on purpose (to indent) and document another way out; Shift+Tab escaping means forward-only.
        var violation = !trap.EscapesWithShiftTab && !trap.EscapesWithEscapeThenTab && !trap.IsEditor;
        var ways = trap.EscapesWithShiftTab
            ? "Shift+Tab does move focus back out, but Tab never moves past it."
            : trap.EscapesWithEscapeThenTab
                ? "Pressing Escape and then Tab does get out; nothing on the page says so."
                : "Shift+Tab and Escape followed by Tab do not get out either.";
        var editor = trap.IsEditor ? " It is a text editing area, which may use Tab for itself: check the page tells users how to leave it." : "";
        var summary = $"After {trap.PressesBeforeTrap} Tab presses focus keeps cycling within {Plural(trap.Cycle.Count, "element")} (the page has {trap.TabbableCount} in the tab order). {ways}{editor}";
        var evidence = new Dictionary<string, string>
        {
            ["cycleElements"] = trap.Cycle.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tabbableElements"] = trap.TabbableCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tabPresses"] = trap.PressesBeforeTrap.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["shiftTabLeaves"] = trap.EscapesWithShiftTab ? "true" : "false",
            ["escapeThenTabLeaves"] = trap.EscapesWithEscapeThenTab ? "true" : "false",
            ["cycle"] = string.Join(" → ", trap.Cycle.Select(s => KeyboardFindings.Display(s.Selector))),
        };
        var outcome = violation ? FindingOutcome.Violation : FindingOutcome.NeedsReview;
        var nodes = trap.Cycle.Select(stop => new CheckNode(KeyboardFindings.Node(stop.Selector, stop.Html, summary, evidence), outcome));
        return KeyboardFindings.Create(this, context, "Focus moved into part of the page with the Tab key and could not be moved out of it again with the keyboard.", HelpUrl, Impact.Critical, nodes);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
