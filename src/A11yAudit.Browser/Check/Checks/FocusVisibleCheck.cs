using System.Globalization;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.7 Focus Visible: compares how each tab stop (and the elements around it) is drawn while it
/// has keyboard focus and after it loses it. No difference at all is a violation; only subtle differences,
/// text fields with only a caret, or an element that cannot be seen while focused need review.
/// </summary>
public sealed class FocusVisibleCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html";

    public string Id => "focus-visible";

    public string Help => "Every element that receives keyboard focus shows a visible focus indicator";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.7"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var walk = await KeyboardWalker.GetAsync(context.Page, cancellationToken).ConfigureAwait(false);
        var nodes = new List<CheckNode>();
        foreach (var stop in walk.Stops.Where(s => !s.IsFrame))
        {
            var indicator = stop.Indicator;
            if (indicator is FocusIndicator.Clear or FocusIndicator.Unknown)
            {
                continue;
            }

            var evidence = new Dictionary<string, string>
            {
                ["indicator"] = indicator == FocusIndicator.None ? "none" : "subtle",
                ["changedProperties"] = Describe(stop.Changes!),
                ["visibleWhenFocused"] = stop.Visible ? "true" : "false",
                ["size"] = $"{KeyboardFindings.Px(stop.W)}x{KeyboardFindings.Px(stop.H)}",
            };
            var (outcome, summary) = Judge(stop, indicator);
            nodes.Add(new CheckNode(KeyboardFindings.Node(stop.Selector, stop.Html, summary, evidence), outcome));
        }

        return KeyboardFindings.Create(this, context, "Keyboard users need to see which element has focus. With the Tab key, these elements looked the same focused as unfocused, or changed only slightly.", HelpUrl, Impact.Serious, nodes);
    }

    private static (FindingOutcome Outcome, string Summary) Judge(TabStop stop, FocusIndicator indicator)
    {
        if (!stop.Visible)
        {
            return (FindingOutcome.NeedsReview, "The element receives keyboard focus but cannot be seen while focused (no size, hidden, clipped or off-screen), and nothing around it changes: keyboard users lose track of focus.");
        }

        if (stop.ShowsNoFocus)
        {
            return stop.Confirmed == false
                ? (FindingOutcome.NeedsReview, "Nothing changed when this element received keyboard focus, but a second attempt could not focus it again to confirm.")
                : (FindingOutcome.Violation, "Nothing changes when this element receives keyboard focus: no outline, border, shadow, background or colour change, on it or around it.");
        }

        if (indicator == FocusIndicator.None)
        {
            return (FindingOutcome.NeedsReview, stop.IsTextEntry
                ? "Nothing changes when this text field receives focus (outline, border, shadow and background stay the same); only the text caret shows focus."
                : "Nothing changes when this element receives keyboard focus; it is a media player, whose own controls may show focus.");
        }

        return (FindingOutcome.NeedsReview, "The only change on keyboard focus is subtle (text colour, underline, opacity or a faint background); check that focus is easy to see.");
    }

    private static string Describe(IReadOnlyList<StyleChange> changes)
    {
        if (changes.Count == 0)
        {
            return "none";
        }

        return string.Join("; ", changes.Take(5).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Rel} {c.Prop}: {c.Before} → {c.After}")));
    }
}
