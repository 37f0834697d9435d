using System.Globalization;
using A11yAudit.Core.Model;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 1.4.4: a meta viewport that turns off pinch zoom (user-scalable=no or 0) or caps it below 200%
/// (maximum-scale under 2) stops people enlarging text on phones. Both are certain from the markup, so
/// they are violations. CSS touch-action on the page root that forbids pinch-zoom is needs-review (some
/// browsers still allow zoom from their menu).
/// </summary>
public sealed class ZoomBlockedCheck : IPageCheck
{
    /// <summary>1.4.4 Resize Text asks for 200% without loss of content: a maximum scale under 2 cannot reach it.</summary>
    public const double MinimumMaximumScale = 2.0;

    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html";

    private const string TouchActionScript = """
        () => [document.documentElement, document.body].filter(Boolean).map(el => {
          const t = getComputedStyle(el).touchAction;
          const blocksPinch = !(t === 'auto' || t === 'manipulation' || t.includes('pinch-zoom'));
          return blocksPinch ? el.localName + '|' + t : '';
        }).filter(Boolean).join('\n')
        """;

    public string Id => "zoom-blocked";

    public string Help => "Pages must let people zoom to at least 200% (no user-scalable=no, maximum-scale of 2 or more)";

    public IReadOnlyList<string> WcagCriteria { get; } = ["1.4.4"];

    public CheckCost Cost => CheckCost.Cheap;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var metas = context.Document.DocumentNode.Descendants("meta")
            .Where(m => string.Equals(m.GetAttributeValue("name", string.Empty).Trim(), "viewport", StringComparison.OrdinalIgnoreCase))
            .ToList();

        // Browsers apply the last viewport declaration.
        if (metas.Count > 0 && Judge(metas[^1], metas.Count == 1) is { } node)
        {
            findings.Add(OwnFinding.Create(this, context.Viewport, FindingOutcome.Violation, Impact.Critical,
                "The page's meta viewport stops people zooming in on phones, so people with low vision cannot enlarge the text.",
                HelpUrl, [node]));
        }

        var touch = await context.Page.EvaluateAsync<string>(TouchActionScript).WaitAsync(cancellationToken).ConfigureAwait(false);
        var touchNodes = touch.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var (tag, value) = (line.Split('|')[0], line.Split('|')[1]);
            return OwnFinding.Node(tag, $"<{tag}>", $"touch-action is \"{value}\" on <{tag}>, which stops pinch-zoom on touch screens.",
                new Dictionary<string, string> { ["touchAction"] = value });
        }).ToList();
        if (touchNodes.Count > 0)
        {
            findings.Add(OwnFinding.Create(this, context.Viewport, FindingOutcome.NeedsReview, Impact.Serious,
                "CSS touch-action on the page root forbids pinch-zoom. Check that people can still enlarge the page.", HelpUrl, touchNodes));
        }

        return findings;
    }

    /// <summary>The node to report for a meta viewport that blocks zoom, or null when it allows 200%.</summary>
    internal static FindingNode? Judge(HtmlNode meta, bool onlyOne)
    {
        var content = meta.GetAttributeValue("content", string.Empty);
        var settings = ParseContent(content);
        var problems = new List<string>();
        var evidence = new Dictionary<string, string> { ["content"] = content };
        if (settings.TryGetValue("user-scalable", out var scalable))
        {
            evidence["userScalable"] = scalable;
            if (DisablesScaling(scalable))
            {
                problems.Add($"user-scalable={scalable} turns pinch-zoom off");
            }
        }

        if (settings.TryGetValue("maximum-scale", out var max)
            && double.TryParse(max, NumberStyles.Float, CultureInfo.InvariantCulture, out var maxScale))
        {
            evidence["maximumScale"] = max;
            if (maxScale < MinimumMaximumScale)
            {
                problems.Add($"maximum-scale={max} stops zoom below 200%");
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var selector = onlyOne ? "meta[name=\"viewport\"]" : HtmlNodeSelector.For(meta);
        return OwnFinding.Node(selector, HtmlNodeSelector.Markup(meta), "The meta viewport blocks zoom: " + string.Join("; ", problems) + ".", evidence);
    }

    internal static Dictionary<string, string> ParseContent(string content)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in content.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Length > 0)
            {
                settings[pair[0].ToLowerInvariant()] = pair[1].Trim('"', '\'').ToLowerInvariant();
            }
        }

        return settings;
    }

    // The viewport spec reads "no" as 0 and numbers strictly between -1 and 1 as "cannot scale".
    private static bool DisablesScaling(string value) =>
        value is "no" or "false" || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > -1 && n < 1);
}
