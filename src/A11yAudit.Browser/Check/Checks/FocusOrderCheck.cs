using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.3 Focus Order: compares the tab sequence with the visual reading order (top to bottom, left to
/// right) and asks for review when focus jumps backwards several times. Never a violation: a different
/// order can be right (columns, dialogs), which only a person can judge.
/// </summary>
public sealed class FocusOrderCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/focus-order.html";

    /// <summary>One backward step is often a harmless layout quirk; several suggest the order was not designed.</summary>
    public const int JumpsForReview = 2;

    public string Id => "focus-order";

    public string Help => "Keyboard focus moves through the page in an order that follows its layout";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.3"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var walk = await KeyboardWalker.GetAsync(context.Page, cancellationToken).ConfigureAwait(false);
        var jumps = FocusOrderAnalyzer.BackwardJumps(walk.Stops);
        if (jumps.Count < JumpsForReview)
        {
            return [];
        }

        var total = jumps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nodes = jumps.Select(jump =>
        {
            var direction = jump.Direction == "up" ? "back up the page" : "back to the left along the same row";
            var summary = $"Tab moves focus from {KeyboardFindings.Display(jump.From.Selector)} {direction} to this element, against the reading order.";
            var evidence = new Dictionary<string, string>
            {
                ["from"] = KeyboardFindings.Display(jump.From.Selector),
                ["fromPosition"] = $"{KeyboardFindings.Px(jump.From.X)},{KeyboardFindings.Px(jump.From.Y)}",
                ["toPosition"] = $"{KeyboardFindings.Px(jump.To.X)},{KeyboardFindings.Px(jump.To.Y)}",
                ["direction"] = jump.Direction,
                ["backwardJumpsOnPage"] = total,
            };
            return new CheckNode(KeyboardFindings.Node(jump.To.Selector, jump.To.Html, summary, evidence), FindingOutcome.NeedsReview);
        });
        return KeyboardFindings.Create(this, context, "The Tab key moved focus against the visual reading order several times. Keyboard users can lose their place when focus jumps back up or across the page.", HelpUrl, Impact.Moderate, nodes);
    }
}
