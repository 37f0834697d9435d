using System.Globalization;
using System.Text.Json;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.3 Focus Order: a tabindex above 0 moves an element ahead of the page's natural tab order, and
/// accesskey shortcuts clash with screen reader and browser keys. Both need review (axe's best-practice
/// tabindex and accesskeys rules cover the clear-cut cases); every element is listed with its value.
/// </summary>
public sealed class AccesskeysPositiveTabindexCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/focus-order.html";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id => "accesskeys-positive-tabindex";

    public string Help => "The page keeps the natural tab order (no tabindex above 0) and does not define access keys";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.3"];

    public CheckCost Cost => CheckCost.Cheap;

    private sealed record ItemJson(IReadOnlyList<string> Selector, string Html, JsonElement Value);

    private sealed record CollectJson(IReadOnlyList<ItemJson> Tabindex, IReadOnlyList<ItemJson> Keys);

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        CollectJson found;
        try
        {
            found = JsonSerializer.Deserialize<CollectJson>(await context.Page.EvaluateAsync<string>(AccessKeyScript.Collect).ConfigureAwait(false), Json)
                ?? throw new JsonException("nothing collected");
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
        {
            return [];
        }

        var tabCount = found.Tabindex.Count.ToString(CultureInfo.InvariantCulture);
        var keyCount = found.Keys.Count.ToString(CultureInfo.InvariantCulture);
        var shared = found.Keys.GroupBy(k => k.Value.ToString().ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Count());
        var nodes = found.Tabindex.Select(item =>
        {
            var value = item.Value.ToString();
            var summary = $"tabindex=\"{value}\" puts this element ahead of the page's natural order, so Tab visits it before elements that come earlier on screen.";
            var evidence = new Dictionary<string, string> { ["tabindex"] = value, ["positiveTabindexOnPage"] = tabCount };
            return new CheckNode(KeyboardFindings.Node(item.Selector, item.Html, summary, evidence), FindingOutcome.NeedsReview);
        }).Concat(found.Keys.Select(item =>
        {
            var key = item.Value.ToString();
            var others = shared[key.ToUpperInvariant()] - 1;
            var clash = others > 0 ? $" {others} other element(s) use the same key." : "";
            var summary = $"accesskey=\"{key}\" defines a shortcut that can override screen reader and browser keys and is not announced to most users.{clash}";
            var evidence = new Dictionary<string, string>
            {
                ["accesskey"] = key,
                ["accesskeysOnPage"] = keyCount,
                ["sameKeyElsewhere"] = others.ToString(CultureInfo.InvariantCulture),
            };
            return new CheckNode(KeyboardFindings.Node(item.Selector, item.Html, summary, evidence), FindingOutcome.NeedsReview);
        }));
        return KeyboardFindings.Create(this, context, "Positive tabindex values make focus jump around the page; access keys can clash with the keys assistive technology and browsers use.", HelpUrl, Impact.Minor, nodes);
    }
}
