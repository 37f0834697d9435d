using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.11 Focus Not Obscured (Minimum): after each Tab press (the browser has scrolled the element
/// into view), samples the focused element's centre and corners and reports fixed or sticky content
/// (headers, footers, cookie banners) on top of it: entirely covered by something opaque is a violation,
/// partly covered or covered by something see-through needs review.
/// </summary>
public sealed class FocusObscuredCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum.html";

    public string Id => "focus-obscured";

    public string Help => "A focused element is not hidden behind sticky headers, footers, banners or overlays";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.11"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var walk = await KeyboardWalker.GetAsync(context.Page, cancellationToken).ConfigureAwait(false);
        var nodes = new List<CheckNode>();
        foreach (var stop in walk.Stops)
        {
            if (!stop.Visible || stop.Cover is not { Covered: > 0 } cover)
            {
                continue;
            }

            var entirely = cover.Covered == cover.Points;
            var outcome = stop.EntirelyCovered && stop.Confirmed != false ? FindingOutcome.Violation : FindingOutcome.NeedsReview;
            var by = cover.By is { Count: > 0 } ? KeyboardFindings.Display(cover.By) : "a fixed element";
            var summary = entirely
                ? $"When this element receives keyboard focus it is entirely hidden behind {by}, which stays in place as the page scrolls{(cover.Opaque ? "" : " (it is partly see-through)")}."
                : $"When this element receives keyboard focus part of it ({cover.Covered} of {cover.Points} sample points) is hidden behind {by}, which stays in place as the page scrolls.";
            var evidence = new Dictionary<string, string>
            {
                ["pointsCovered"] = $"{cover.Covered} of {cover.Points}",
                ["coveredBy"] = by,
                ["coveredByHtml"] = cover.ByHtml ?? "",
                ["coverOpaque"] = cover.Opaque ? "true" : "false",
            };
            nodes.Add(new CheckNode(KeyboardFindings.Node(stop.Selector, stop.Html, summary, evidence), outcome));
        }

        return KeyboardFindings.Create(this, context, "Keyboard users must be able to see the element they move focus to. Content fixed to the screen (headers, footers, cookie banners) covered elements as they received focus.", HelpUrl, Impact.Serious, nodes);
    }
}
