using System.Globalization;
using System.Text.Json;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Progressive enhancement (GOV.UK Service Manual): reloads the page with JavaScript turned off and
/// compares. Needs-review (never a violation: WCAG does not require pages to work without scripts) when
/// the main content mostly disappears or primary links (in the header, navigation or main content) are not
/// real links any more. Scripts fail more often than people think: blocked, timed out on a poor
/// connection, or too heavy for an old phone.
/// </summary>
public sealed class NoJavaScriptCheck : IPageCheck
{
    private const string HelpUrl = "https://www.gov.uk/service-manual/technology/using-progressive-enhancement";

    /// <summary>The main content "renders" without scripts when it keeps at least half its words…</summary>
    public const double MinimumShareOfWords = 0.5;

    /// <summary>…or still has more than a short paragraph of text.</summary>
    public const int MeaningfulWords = 50;

    /// <summary>What the script-less load does not fetch (Playwright's resource types).</summary>
    private static readonly string[] SkippedResourceTypes = ["image", "media", "font"];

    /// <summary>A page may take this long to load without scripts before the check gives up on it.</summary>
    public static readonly TimeSpan LoadTimeLimit = TimeSpan.FromSeconds(15);

    /// <summary>Word count of the main landmark (or body), and the links a user needs to get around. Returns JSON.</summary>
    private const string MeasureScript = $$"""
        (withLinks) => {
          {{InPageSelector.Functions}}
          const mains = Array.from(document.querySelectorAll('main, [role=main]'));
          const main = mains.find(m => m.getClientRects().length) || mains[0] || document.body;
          const text = (main && (main.innerText || main.textContent)) || '';
          const words = (text.match(/\S+/g) || []).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
          const strip = (href) => href.split('#')[0];
          const here = strip(location.href);
          const links = [];
          if (withLinks) {
            const seen = new Set();
            for (const a of document.querySelectorAll('header a[href], nav a[href], main a[href], [role=banner] a[href], [role=navigation] a[href], [role=main] a[href]')) {
              const href = a.href;
              if (!/^https?:/i.test(href) || strip(href) === here || seen.has(strip(href)) || !a.getClientRects().length) { continue; }
              seen.add(strip(href));
              links.push({ href: strip(href), text: (a.innerText || a.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80), selector: cssPath(a), html: snippet(a) });
              if (links.length >= 100) { break; }
            }
          }
          const hrefs = withLinks ? [] : Array.from(new Set(Array.from(document.querySelectorAll('a[href]')).map(a => strip(a.href))));
          return JSON.stringify({ selector: main ? cssPath(main) : 'body', html: main ? snippet(main) : '', words, links, hrefs, url: location.href });
        }
        """;

    public string Id => "no-javascript";

    public string Help => "Main content and links should work without JavaScript (progressive enhancement).";

    public IReadOnlyList<string> WcagCriteria { get; } = [];

    public CheckCost Cost => CheckCost.Costly;

    /// <summary>
    /// Not run beside axe (as the throttled reload is): a script-less load is CPU work, not waiting, and on busy
    /// cores running it alongside made the audit slower, not faster (measured with the benchmark).
    /// </summary>
    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.LeaseIsolatedPageAsync is null)
        {
            return [];
        }

        var withScripts = Parse(await context.Page.EvaluateAsync<string>(MeasureScript, true).WaitAsync(cancellationToken).ConfigureAwait(false));
        return await CompareWithoutScriptsAsync(context, withScripts, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Finding>> CompareWithoutScriptsAsync(PageCheckContext context, Measure withScripts, CancellationToken cancellationToken)
    {
        await using var lease = await context.LeaseIsolatedPageAsync!(false).ConfigureAwait(false);

        // Words and links do not depend on images, video or web fonts: the script-less load goes without them.
        lease.SkipResources(SkippedResourceTypes);
        try
        {
            await lease.Page.GotoAsync(context.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)LoadTimeLimit.TotalMilliseconds })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            return [Report(context, [LoadFailedNode(withScripts, ex)])];
        }

        var withoutScripts = Parse(await lease.Page.EvaluateAsync<string>(MeasureScript, false).ConfigureAwait(false));
        lease.Keep();

        var nodes = new List<FindingNode>();
        if (!ContentRenders(withScripts.Words, withoutScripts.Words))
        {
            nodes.Add(ContentNode(withScripts, withoutScripts));
        }

        var available = withoutScripts.Hrefs.ToHashSet(StringComparer.Ordinal);
        var missing = withScripts.Links.Where(l => !available.Contains(l.Href)).ToList();
        foreach (var link in missing.Take(OwnCheckFinding.MaxNodes - nodes.Count))
        {
            nodes.Add(OwnCheckFinding.Node(
                link.Selector,
                link.Html,
                $"The link \"{link.Text}\" ({link.Href}) is not a link on the page without JavaScript.",
                Impact.Moderate,
                new Dictionary<string, string> { ["href"] = link.Href, ["text"] = link.Text, ["missingLinks"] = Count(missing.Count), ["primaryLinks"] = Count(withScripts.Links.Count) }));
        }

        return nodes.Count == 0 ? [] : [Report(context, nodes)];
    }

    /// <summary>Whether the main content survives without scripts (see the two thresholds above).</summary>
    public static bool ContentRenders(int wordsWithScripts, int wordsWithoutScripts) =>
        wordsWithoutScripts > MeaningfulWords || wordsWithoutScripts >= wordsWithScripts * MinimumShareOfWords;

    private Finding Report(PageCheckContext context, IReadOnlyList<FindingNode> nodes) =>
        OwnCheckFinding.Create(
            this,
            context,
            FindingOutcome.NeedsReview,
            Impact.Moderate,
            "Without JavaScript, the page loses its main content or links. People whose scripts are blocked, fail on a slow connection or are too heavy for an old phone cannot use it. Build the core content and links in HTML and enhance them with scripts.",
            HelpUrl,
            nodes);

    private static FindingNode ContentNode(Measure withScripts, Measure withoutScripts) =>
        OwnCheckFinding.Node(
            withScripts.Selector,
            withScripts.Html,
            $"The main content has {withScripts.Words} words with JavaScript but {withoutScripts.Words} without it.",
            Impact.Serious,
            new Dictionary<string, string>
            {
                ["wordsWithJavaScript"] = Count(withScripts.Words),
                ["wordsWithoutJavaScript"] = Count(withoutScripts.Words),
                ["urlWithoutJavaScript"] = withoutScripts.Url,
            });

    private static FindingNode LoadFailedNode(Measure withScripts, Exception ex) =>
        OwnCheckFinding.Node(
            withScripts.Selector,
            withScripts.Html,
            $"The page did not load with JavaScript turned off within {LoadTimeLimit.TotalSeconds:0} s: {ex.Message.Split('\n')[0]}",
            Impact.Serious,
            new Dictionary<string, string> { ["wordsWithJavaScript"] = Count(withScripts.Words), ["error"] = ex.Message.Split('\n')[0] });

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Measure Parse(string json) => JsonSerializer.Deserialize<Measure>(json, OwnCheckFinding.Json)!;

    private sealed record Measure(string Selector, string Html, int Words, IReadOnlyList<PrimaryLink> Links, IReadOnlyList<string> Hrefs, string Url);

    private sealed record PrimaryLink(string Href, string Text, string Selector, string Html);
}
