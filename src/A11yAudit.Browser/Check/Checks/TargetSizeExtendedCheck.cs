using System.Text.Json;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.5.8 Target Size (Minimum) for the pointer targets axe-core's target-size rule does not test:
/// SVG elements used as controls, image-map areas, and clickable elements that are not focusable widgets
/// (onclick or pointer-cursor elements). An undersized target fails the 24 px circle test when its circle
/// meets another target or another undersized target's circle. Always needs review: the equivalent-control
/// and essential exceptions cannot be judged automatically.
/// </summary>
public sealed class TargetSizeExtendedCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id => "target-size-extended";

    public string Help => "Pointer targets that axe does not test are at least 24 by 24 CSS pixels or spaced well apart";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.5.8"];

    public CheckCost Cost => CheckCost.Cheap;

    private sealed record TargetJson(double X, double Y, double W, double H, int Parent, bool Reportable, IReadOnlyList<string> Selector, string? Html, string Why);

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        List<TargetJson> targets;
        try
        {
            targets = JsonSerializer.Deserialize<List<TargetJson>>(await context.Page.EvaluateAsync<string>(TargetScript.Collect).ConfigureAwait(false), Json) ?? [];
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException or TimeoutException)
        {
            return [];
        }

        var boxes = targets.Select(t => new TargetBox(t.X, t.Y, t.W, t.H, t.Parent, t.Reportable)).ToList();
        var nodes = TargetSpacing.Crowded(boxes).Select(pair =>
        {
            var target = targets[pair.Target];
            var neighbour = targets[pair.Neighbour];
            var size = $"{Px(target.W)}x{Px(target.H)}";
            var summary = $"This target is {size} CSS pixels, under the 24 by 24 minimum, and a 24 px circle centred on it reaches {KeyboardFindings.Display(neighbour.Selector)}; axe does not test it ({target.Why}).";
            var evidence = new Dictionary<string, string>
            {
                ["size"] = size,
                ["minimum"] = "24x24",
                ["tooCloseTo"] = KeyboardFindings.Display(neighbour.Selector),
                ["neighbourSize"] = $"{Px(neighbour.W)}x{Px(neighbour.H)}",
                ["notTestedByAxeBecause"] = target.Why,
            };
            return new CheckNode(KeyboardFindings.Node(target.Selector, target.Html ?? "", summary, evidence), FindingOutcome.NeedsReview);
        });
        return KeyboardFindings.Create(this, context, "Small targets close together are hard to hit for people with tremor or limited dexterity and on touch screens. These targets are smaller than 24 by 24 CSS pixels without enough space around them.", HelpUrl, Impact.Moderate, nodes);
    }

    private static string Px(double value) => KeyboardFindings.Px(value);
}
