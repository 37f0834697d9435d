using System.Globalization;
using System.Text.Json;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.1 Bypass Blocks: the first tab stop, when it is an in-page link, is the skip link. A missing
/// target is a violation; a link that does not move keyboard focus to its target when activated with
/// Enter needs review. A page with a long run of tab stops before its content, no skip link and no main
/// landmark needs review too.
/// </summary>
public sealed class SkipLinkCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html";

    /// <summary>A full header's worth of links (logo, account, a main navigation) before the content.</summary>
    public const int RepeatedStopsForReview = 10;

    /// <summary>Time for scripted skip links (which focus their target from a click handler) to act after Enter.</summary>
    private const int SettleMilliseconds = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id => "skip-link";

    public string Help => "A skip link lets keyboard users jump past repeated content to the main content";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.1"];

    public CheckCost Cost => CheckCost.Costly;

    private sealed record LinkJson(bool Found, bool SameDocument, bool RouteOrTop, string? Fragment, string? Text, bool TargetFound, IReadOnlyList<string>? TargetSelector, bool TargetRendered);

    private sealed record PrepareJson(string Href, double X, double Y, bool Focused);

    private sealed record OutcomeJson(bool? Moved, IReadOnlyList<string>? Active);

    private sealed record BypassJson(bool HasMain, IReadOnlyList<string>? Heading, string? HeadingHtml, int Before);

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var walk = await KeyboardWalker.GetAsync(context.Page, cancellationToken).ConfigureAwait(false);
        if (walk.Stops.Count == 0)
        {
            return [];
        }

        try
        {
            var nodes = await FindSkipLinkAsync(context.Page, walk.Stops) is { } skip
                ? await TestSkipLinkAsync(context.Page, skip.Stop, skip.Link).ConfigureAwait(false)
                : await CheckBypassAsync(context.Page, walk.Stops).ConfigureAwait(false);
            return KeyboardFindings.Create(this, context, "Keyboard users need a way past the links repeated at the top of every page. A skip link must lead to the main content, and moving focus there is what makes it work for them.", HelpUrl, Impact.Moderate, nodes);
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
        {
            // The page went away under the test: nothing reliable to report.
            return [];
        }
    }

    /// <summary>The first tab stop if it is an in-page link, else one of the next two that says "skip".</summary>
    private static async Task<(TabStop Stop, LinkJson Link)?> FindSkipLinkAsync(IPage page, IReadOnlyList<TabStop> stops)
    {
        for (var i = 0; i < Math.Min(3, stops.Count); i++)
        {
            var stop = stops[i];
            if (stop.Tag != "a" || stop.Selector.Count != 1 || stop.Href is null || !stop.Href.Contains('#', StringComparison.Ordinal))
            {
                continue;
            }

            if (i > 0 && !stop.Html.Contains("skip", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var link = Parse<LinkJson>(await page.EvaluateAsync<string>(SkipLinkScript.Inspect, stop.Selector[0]).ConfigureAwait(false));
            if (link is { Found: true, SameDocument: true, RouteOrTop: false })
            {
                return (stop, link);
            }
        }

        return null;
    }

    private static async Task<IReadOnlyList<CheckNode>> TestSkipLinkAsync(IPage page, TabStop stop, LinkJson link)
    {
        var evidence = new Dictionary<string, string>
        {
            ["href"] = stop.Href ?? "",
            ["linkText"] = link.Text ?? "",
            ["targetFound"] = link.TargetFound ? "true" : "false",
        };
        if (!link.TargetFound || link.TargetSelector is not { Count: 1 } target)
        {
            var missing = $"The skip link points to \"#{link.Fragment}\", but no element on the page has that id (or name), so it goes nowhere.";
            return [new CheckNode(KeyboardFindings.Node(stop.Selector, stop.Html, missing, evidence), FindingOutcome.Violation)];
        }

        evidence["target"] = target[0];
        var state = Parse<PrepareJson>(await page.EvaluateAsync<string>(SkipLinkScript.Prepare, stop.Selector[0]).ConfigureAwait(false));
        try
        {
            await page.Keyboard.PressAsync("Enter").ConfigureAwait(false);
            await page.WaitForTimeoutAsync(SettleMilliseconds).ConfigureAwait(false);
            await page.Keyboard.PressAsync("Tab").ConfigureAwait(false);
            var outcome = Parse<OutcomeJson>(await page.EvaluateAsync<string>(SkipLinkScript.Outcome, target[0]).ConfigureAwait(false));
            if (outcome.Moved is not false)
            {
                return [];
            }

            evidence["focusAfterEnterThenTab"] = outcome.Active is { Count: > 0 } active ? KeyboardFindings.Display(active) : "";
            evidence["targetRendered"] = link.TargetRendered ? "true" : "false";
            var hidden = link.TargetRendered ? "" : " The target is hidden (display: none or visibility: hidden), so focus cannot go there.";
            var summary = $"Pressing Enter on the skip link and then Tab moved focus to {evidence["focusAfterEnterThenTab"]}, not into or past its target {target[0]}: keyboard users still have to tab through the repeated links.{hidden}";
            return [new CheckNode(KeyboardFindings.Node(stop.Selector, stop.Html, summary, evidence), FindingOutcome.NeedsReview)];
        }
        finally
        {
            await page.EvaluateAsync(SkipLinkScript.Restore, new { href = state.Href, x = state.X, y = state.Y }).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<CheckNode>> CheckBypassAsync(IPage page, IReadOnlyList<TabStop> stops)
    {
        var selectors = stops.Where(s => s.Selector.Count == 1).Take(RepeatedStopsForReview * 4).Select(s => s.Selector[0]).ToArray();
        var bypass = Parse<BypassJson>(await page.EvaluateAsync<string>(SkipLinkScript.Bypass, selectors).ConfigureAwait(false));
        if (bypass.HasMain || bypass.Heading is null || bypass.Before < RepeatedStopsForReview)
        {
            return [];
        }

        var before = bypass.Before.ToString(CultureInfo.InvariantCulture);
        var summary = $"Keyboard users must press Tab {before} times to reach the first heading: the page has no skip link and no main landmark to jump past the links before it.";
        var evidence = new Dictionary<string, string>
        {
            ["tabStopsBeforeContent"] = before,
            ["skipLink"] = "none",
            ["mainLandmark"] = "none",
        };
        return [new CheckNode(KeyboardFindings.Node(bypass.Heading, bypass.HeadingHtml ?? "", summary, evidence), FindingOutcome.NeedsReview)];
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException("empty result");
}
