using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 1.4.10 Reflow: at 320 CSS px wide (the width of a 1280 px screen at 400% zoom) content must fit
/// without scrolling sideways, except content that needs two dimensions (data tables, maps, diagrams,
/// code). The check narrows the viewport, lets the page lay out, and names the outermost elements that
/// stick out past the right edge.
/// Violation: text itself reaches past the edge (people must scroll sideways for every line, or the text
/// is cut off when the page hides horizontal overflow). Needs review: only tables, preformatted text,
/// media, boxes whose text still fits, hidden or off-screen elements, or a page that does not lay out
/// at the screen's width (no width=device-width viewport on a phone).
/// </summary>
public sealed class ReflowCheck : IPageCheck
{
    /// <summary>WCAG 1.4.10: 320 CSS pixels wide for vertically scrolling content.</summary>
    public const int ReflowWidth = 320;

    /// <summary>Sub-pixel rounding and borders; "more than a couple of pixels" is real overflow.</summary>
    public const int TolerancePx = 2;

    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html";

    private const string Body = """
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        const tol = arg.tolerance;
        const root = document.scrollingElement || document.documentElement;
        const vw = root.clientWidth;
        const sw = root.scrollWidth;
        const clipsX = v => v === 'hidden' || v === 'clip';
        const htmlStyle = getComputedStyle(document.documentElement);
        const bodyStyle = document.body ? getComputedStyle(document.body) : null;
        // body's overflow reaches the viewport only when html's is visible.
        const rootClipped = clipsX(htmlStyle.overflowX) || (htmlStyle.overflowX === 'visible' && !!bodyStyle && clipsX(bodyStyle.overflowX));
        const out = { viewportWidth: vw, scrollWidth: sw, rootClipped, nodes: [] };
        if (!document.body || (sw <= vw + tol && !rootClipped)) return JSON.stringify(out);

        const sx = window.scrollX;
        const twoD = 'table, pre, code, kbd, samp, math, [role=grid], [role=treegrid], [role=table], [role=application], [role=img], [role=figure]';
        const media = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'object', 'embed', 'picture', 'audio']);
        const skip = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta']);
        const textRight = el => {
          let max = -Infinity, n = 0;
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let t;
          while ((t = walker.nextNode()) && n < 400) {
            if (!t.data.trim()) continue;
            n++;
            range.selectNodeContents(t);
            for (const rr of range.getClientRects()) {
              if (rr.width <= 0 || rr.right + sx <= max) continue;
              if (rr.right + sx > vw + tol && (!shown(t.parentElement) || visuallyHidden(t.parentElement))) continue;
              max = rr.right + sx;
            }
          }
          return max;
        };
        const offenders = [];
        const walk = el => {
          for (const child of el.children) {
            if (skip.has(child.localName)) continue;
            const cs = getComputedStyle(child);
            // Fixed elements never make the page scroll.
            if (cs.display === 'none' || cs.position === 'fixed') continue;
            const r = child.getBoundingClientRect();
            if (r.width > 0 && r.height > 0 && r.right + sx > vw + tol && !visuallyHidden(child)) { offenders.push(child); continue; }
            // A box that scrolls or clips its own overflow keeps its children from widening the page.
            if (cs.overflowX === 'visible') { walk(child); if (child.shadowRoot) walk(child.shadowRoot); }
          }
        };
        // Elements inside a shadow root are reported through their outermost host, which a selector can reach.
        const reachable = el => { const root = el.getRootNode(); return root instanceof ShadowRoot ? reachable(root.host) : el; };
        walk(document.body);

        for (const el of offenders) {
          const r = el.getBoundingClientRect();
          const right = r.right + sx;
          let kind, outcome = 'needsReview', summary;
          const text = textOf(el);
          if (r.left + sx >= vw) {
            // Entirely beyond the right edge: off-canvas menus and parked slides. Hidden by a clipped root, harmless.
            if (rootClipped) continue;
            kind = 'offscreen';
            summary = `Hidden off to the right of the screen (starts at ${px(r.left + sx)}px), it still makes the page scroll sideways.`;
          } else if (!shown(el)) {
            if (rootClipped) continue;
            kind = 'invisible';
            summary = `An invisible element ${px(right - vw)}px wider than the screen makes the page scroll sideways.`;
          } else if (el.matches(twoD) || el.closest(twoD)) {
            kind = 'two-dimensional';
            summary = `A ${el.localName} ${px(r.width)}px wide sticks out ${px(right - vw)}px. Tables, code and maps may need two-dimensional scrolling; check this one does, and that it scrolls in its own box rather than the whole page.`;
          } else if (media.has(el.localName)) {
            kind = 'media';
            summary = `A ${el.localName} ${px(r.width)}px wide sticks out ${px(right - vw)}px past the 320px screen. Allowed only for maps, diagrams and similar content that needs two dimensions.`;
          } else {
            const tr = text ? textRight(el) : -Infinity;
            if (tr > vw + tol) {
              kind = 'text';
              outcome = 'violation';
              summary = rootClipped
                ? `Text runs ${px(tr - vw)}px past the right edge at 320px wide and is cut off, because the page hides horizontal overflow.`
                : `Text runs ${px(tr - vw)}px past the right edge at 320px wide: people must scroll sideways to read each line. The element is ${px(r.width)}px wide.`;
            } else {
              if (rootClipped) continue;
              kind = 'box';
              summary = `This ${px(r.width)}px wide element sticks out ${px(right - vw)}px and makes the page scroll sideways, though its text fits on screen.`;
            }
          }
          const host = reachable(el);
          if (host !== el) summary += ` (The element is <${el.localName}> inside the shadow root of this element.)`;
          out.nodes.push({ selector: sel(host), html: html(el), summary, outcome, kind, overflow: right - vw, evidence: {
            kind, viewportWidth: str(vw), scrollWidth: str(sw), elementRight: str(right), elementWidth: str(r.width),
            overflowPx: str(right - vw), rootHidesOverflow: String(rootClipped), text: excerpt(text, 80) } });
        }
        out.nodes.sort((a, b) => b.overflow - a.overflow);
        return JSON.stringify(out);
        """;

    private static readonly string Script = ElementScripts.Function(Body);

    public string Id => "reflow";

    public string Help => "Content must fit a 320 CSS px wide screen without scrolling sideways (except tables, maps and similar)";

    public IReadOnlyList<string> WcagCriteria { get; } = ["1.4.10"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.Page;
        var original = page.ViewportSize;
        if (original is null)
        {
            return [];
        }

        ReflowMeasurement measured;
        try
        {
            await page.SetViewportSizeAsync(ReflowWidth, original.Height).WaitAsync(cancellationToken).ConfigureAwait(false);
            var json = await page.EvaluateAsync<string>(Script, new { tolerance = TolerancePx }).WaitAsync(cancellationToken).ConfigureAwait(false);
            measured = MeasuredElement.Parse<ReflowMeasurement>(json);
        }
        finally
        {
            await page.SetViewportSizeAsync(original.Width, original.Height).ConfigureAwait(false);
        }

        return Judge(measured, context.Viewport);
    }

    private IReadOnlyList<Finding> Judge(ReflowMeasurement measured, string viewport)
    {
        const string description = "At 320 CSS px wide, content should reflow into one column so people who zoom in do not have to scroll in two directions.";
        if (measured.ViewportWidth > ReflowWidth + TolerancePx)
        {
            // A phone without width=device-width lays out at ~980px and shrinks it: text is tiny until zoomed, then scrolls both ways.
            var node = OwnFinding.Node("html", "<html>",
                $"On a {ReflowWidth}px screen the page lays out {measured.ViewportWidth}px wide and is shrunk to fit, so it does not reflow. Add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">.",
                new Dictionary<string, string> { ["kind"] = "no-responsive-viewport", ["layoutWidth"] = measured.ViewportWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), ["screenWidth"] = ReflowWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return [OwnFinding.Create(this, viewport, FindingOutcome.NeedsReview, Impact.Serious, description, HelpUrl, [node])];
        }

        var nodes = measured.Nodes.Select(n => (n.FindingOutcome, n.ToNode())).ToList();
        if (nodes.Count == 0 && measured.ScrollWidth > measured.ViewportWidth + TolerancePx)
        {
            nodes.Add((FindingOutcome.NeedsReview, OwnFinding.Node("html", "<html>",
                $"The page scrolls sideways by {measured.ScrollWidth - measured.ViewportWidth}px at 320px wide, but no single element could be named (margins, pseudo-elements or transforms).",
                new Dictionary<string, string> { ["scrollWidth"] = measured.ScrollWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), ["viewportWidth"] = measured.ViewportWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        }

        return OwnFinding.Split(this, viewport, Impact.Serious, description, HelpUrl, nodes);
    }

    private sealed record ReflowMeasurement
    {
        public int ViewportWidth { get; init; }

        public int ScrollWidth { get; init; }

        public bool RootClipped { get; init; }

        public List<MeasuredElement> Nodes { get; init; } = [];
    }
}
