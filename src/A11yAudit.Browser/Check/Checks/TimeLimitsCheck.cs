using System.Globalization;
using System.Text.Json;
using A11yAudit.Core.Model;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.2.1 Timing Adjustable. A timed &lt;meta http-equiv="refresh"&gt; (redirect or reload after a delay
/// under 20 hours, failures F40/F41) is a violation. Session-timeout warnings, countdown timers
/// (role=timer) and inline-script timers that redirect are needs-review: the page has a time limit, and a
/// person must check users are warned and can extend it.
/// </summary>
public sealed class TimeLimitsCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/timing-adjustable.html";

    /// <summary>
    /// Finds the smallest text blocks that warn of a session or page time limit, and every role=timer,
    /// hidden or not (a hidden timeout dialog is still evidence of a time limit). Returns JSON.
    /// </summary>
    private const string WarningScript = $$"""
        () => {
          {{InPageSelector.Functions}}
          const patterns = [
            /\bsession\b[^.!?]{0,40}?\b(?:expir\w*|time[sd]?[ -]?out|timing out)\b/i,
            /\b(?:your|this) session\b[^.!?]{0,40}?\b(?:will end|has ended|is about to end|ends in)\b/i,
            /\b(?:you(?:'|’)ll|you will|we(?:'|’)ll|we will)\s+(?:be\s+)?(?:automatically\s+)?(?:sign(?:ed)?|log(?:ged)?)\s+(?:you\s+)?out\b/i,
            /\b(?:page|form|booking|application|service)\b[^.!?]{0,40}?\btime[sd]?[ -]?out\b/i,
            /\btime[sd]?[ -]?out\b[^.!?]{0,40}?\b(?:inactiv\w*|\d+\s*(?:minutes?|mins?|seconds?))/i,
            /\b(?:because of|due to|after \d+ minutes? of)\s+inactivity\b/i,
            /\b\d+\s*(?:minutes?|mins?|seconds?|secs?)\s+(?:left|remaining)\b/i,
          ];
          const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
          const inline = new Set(['A', 'SPAN', 'STRONG', 'EM', 'B', 'I', 'ABBR', 'TIME', 'SMALL', 'CODE', 'MARK', 'SUB', 'SUP', 'BR', 'U', 'S', 'Q', 'CITE', 'DFN', 'KBD', 'SAMP', 'VAR', 'DATA', 'BDI', 'BDO']);
          const text = (el) => {
            let t = '';
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
              acceptNode: n => { for (let p = n.parentElement; p && p !== el.parentElement; p = p.parentElement) { if (skip.has(p.tagName)) { return NodeFilter.FILTER_REJECT; } } return NodeFilter.FILTER_ACCEPT; }
            });
            for (let n = walker.nextNode(); n; n = walker.nextNode()) { t += n.data; }
            return t.replace(/\s+/g, ' ').trim();
          };
          const visible = (el) => el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : !!el.getClientRects().length;
          const found = [];
          const body = document.body;
          if (body && patterns.some(p => p.test(text(body)))) {
            const blocks = new Set();
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.data.trim()) { continue; }
              let el = n.parentElement;
              while (el && el !== body && inline.has(el.tagName)) { el = el.parentElement; }
              if (el && !el.closest('script, style, noscript, template')) { blocks.add(el); }
            }
            const matching = Array.from(blocks).filter(el => patterns.some(p => p.test(text(el))));
            const deepest = matching.filter(el => !matching.some(other => other !== el && el.contains(other)));
            for (const el of deepest.slice(0, 20)) {
              found.push({ selector: cssPath(el), html: snippet(el), text: text(el).slice(0, 200), visible: visible(el), kind: 'warning' });
            }
          }
          for (const el of Array.from(document.querySelectorAll('[role~="timer"]')).slice(0, 20)) {
            if (found.some(f => f.selector === cssPath(el))) { continue; }
            found.push({ selector: cssPath(el), html: snippet(el), text: text(el).slice(0, 200), visible: visible(el), kind: 'timer' });
          }
          return JSON.stringify(found);
        }
        """;

    public string Id => "time-limits";

    public string Help => "Pages must not refresh, redirect or time out on a timer the user cannot turn off, adjust or extend.";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.2.1"];

    public CheckCost Cost => CheckCost.Cheap;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var refreshes = TimedRefreshNodes(context.Document).ToList();
        if (refreshes.Count > 0)
        {
            findings.Add(OwnCheckFinding.Create(
                this,
                context,
                FindingOutcome.Violation,
                Impact.Serious,
                "The page refreshes or redirects itself after a delay (a meta refresh). People who read slowly, use a screen reader or need more time lose their place or their work, and cannot turn the timer off.",
                HelpUrl,
                refreshes));
        }

        var review = new List<FindingNode>();
        review.AddRange(TimedScriptNodes(context.Document));
        cancellationToken.ThrowIfCancellationRequested();
        var json = await context.Page.EvaluateAsync<string>(WarningScript).ConfigureAwait(false);
        review.AddRange(WarningNodes(json));
        if (review.Count > 0)
        {
            findings.Add(OwnCheckFinding.Create(
                this,
                context,
                FindingOutcome.NeedsReview,
                Impact.Serious,
                "The page appears to have a time limit (a session-timeout warning, a countdown or a timed redirect). Check that users are warned before it ends and can turn it off or extend it at least ten times with a simple action, with at least 20 seconds to respond.",
                HelpUrl,
                review));
        }

        return findings;
    }

    private static IEnumerable<FindingNode> TimedRefreshNodes(HtmlDocument document)
    {
        foreach (var meta in document.DocumentNode.Descendants("meta"))
        {
            if (!meta.GetAttributeValue("http-equiv", string.Empty).Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var content = HtmlEntity.DeEntitize(meta.GetAttributeValue("content", string.Empty));
            var refresh = MetaRefresh.Parse(content);
            if (refresh is not { IsTimeLimit: true })
            {
                continue;
            }

            var seconds = refresh.DelaySeconds.ToString("0.###", CultureInfo.InvariantCulture);
            var summary = refresh.IsReload
                ? $"The page reloads itself every {seconds} seconds."
                : $"The page redirects to {refresh.Url} after {seconds} seconds.";
            var evidence = new Dictionary<string, string> { ["content"] = content, ["delaySeconds"] = seconds, ["action"] = refresh.IsReload ? "reload" : "redirect" };
            if (refresh.Url is not null)
            {
                evidence["url"] = refresh.Url;
            }

            yield return OwnCheckFinding.Node(HtmlNodeSelector.For(meta), HtmlNodeSelector.Snippet(meta), summary, Impact.Serious, evidence);
        }
    }

    private static IEnumerable<FindingNode> TimedScriptNodes(HtmlDocument document)
    {
        foreach (var script in document.DocumentNode.Descendants("script"))
        {
            var type = script.GetAttributeValue("type", string.Empty).Trim().ToLowerInvariant();
            if (script.Attributes.Contains("src") || type is not ("" or "text/javascript" or "module" or "application/javascript"))
            {
                continue;
            }

            foreach (var timer in TimedRedirectScanner.Scan(script.InnerText))
            {
                if (timer.DelayMilliseconds is { } ms && (ms <= 0 || ms >= MetaRefresh.TwentyHoursInSeconds * 1000))
                {
                    continue;
                }

                var delay = timer.DelayMilliseconds is { } known ? $"after {known / 1000:0.###} seconds" : "after a delay the script computes";
                var evidence = new Dictionary<string, string> { ["call"] = timer.Call };
                if (timer.DelayMilliseconds is { } d)
                {
                    evidence["delaySeconds"] = (d / 1000).ToString("0.###", CultureInfo.InvariantCulture);
                }

                yield return OwnCheckFinding.Node(
                    HtmlNodeSelector.For(script),
                    HtmlNodeSelector.Snippet(script),
                    $"A script timer navigates away or submits a form {delay}. Check that users are warned and can extend the time.",
                    Impact.Serious,
                    evidence);
            }
        }
    }

    private static IEnumerable<FindingNode> WarningNodes(string json)
    {
        foreach (var warning in JsonSerializer.Deserialize<List<TimeWarning>>(json, OwnCheckFinding.Json) ?? [])
        {
            var summary = warning.Kind == "timer"
                ? $"A countdown timer (role=timer) shows \"{warning.Text}\"."
                : $"{(warning.Visible ? "Visible" : "Hidden")} text suggests a time limit: \"{warning.Text}\".";
            var evidence = new Dictionary<string, string>
            {
                ["text"] = warning.Text,
                ["visible"] = warning.Visible ? "true" : "false",
                ["kind"] = warning.Kind,
            };
            yield return OwnCheckFinding.Node(warning.Selector, warning.Html, summary, Impact.Serious, evidence);
        }
    }

    private sealed record TimeWarning(string Selector, string Html, string Text, bool Visible, string Kind);
}
