using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Shared by the resize-text and text-spacing checks: measures which text is cut off by a box that hides
/// overflow (or spills out of a box of fixed height), changes the text, waits for layout, measures again
/// and reports only what the change newly cut off. The page is restored in the same script and again
/// from .NET if the script did not finish.
/// </summary>
internal static class TextClipping
{
    private const string Measure = """
        const skipParents = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option', 'optgroup', 'select', 'title']);
        const collectTexts = () => {
          const list = [];
          if (!document.body) return list;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let t;
          while ((t = walker.nextNode()) && list.length < 4000) {
            const p = t.parentElement;
            // SVG and MathML text is drawn, not laid out in boxes that can clip it.
            if (!p || !t.data.trim() || skipParents.has(p.localName) || p.closest('svg, math')) continue;
            if (!shown(p)) continue;
            list.push(t);
          }
          return list;
        };
        const measure = texts => {
          const styles = new Map(), boxes = new Map();
          const style = el => { let s = styles.get(el); if (!s) { s = getComputedStyle(el); styles.set(el, s); } return s; };
          const box = el => {
            let b = boxes.get(el);
            if (!b) {
              const r = el.getBoundingClientRect();
              b = { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
              b.right = b.left + b.width; b.bottom = b.top + b.height;
              boxes.set(el, b);
            }
            return b;
          };
          const range = document.createRange();
          return texts.map(t => {
            range.selectNodeContents(t);
            const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
            if (!rects.length) return null;
            const ext = {
              left: Math.min(...rects.map(r => r.left)), right: Math.max(...rects.map(r => r.right)),
              top: Math.min(...rects.map(r => r.top)), bottom: Math.max(...rects.map(r => r.bottom)),
            };
            const fontSize = parseFloat(style(t.parentElement).fontSize) || 16;
            // A quarter of the font size: less than that is glyph overhang, not lost text.
            const tol = Math.max(3, fontSize * 0.25);
            let spill = null;
            let el = t.parentElement;
            for (let depth = 0; el && el !== document.body && el !== document.documentElement && depth < 10; depth++, el = el.parentElement) {
              const cs = style(el);
              if (cs.display === 'inline' || cs.display === 'contents') continue;
              const b = box(el);
              const overX = Math.max(ext.right - b.right, b.left - ext.left);
              const overY = Math.max(ext.bottom - b.bottom, b.top - ext.top);
              const hides = v => v === 'hidden' || v === 'clip';
              const scrolls = v => v === 'auto' || v === 'scroll';
              if ((hides(cs.overflowX) && overX > tol) || (hides(cs.overflowY) && overY > tol)) {
                // A collapsed or 1px box hides its text on purpose (closed accordions, visually hidden text).
                if (b.width <= 2 || b.height <= 2) return null;
                const kind = cs.textOverflow === 'ellipsis' ? 'ellipsis' : 'clipped';
                return { el, kind, overX: hides(cs.overflowX) ? Math.max(0, overX) : 0, overY: hides(cs.overflowY) ? Math.max(0, overY) : 0, fontSize, tol };
              }
              // Text below the bottom of an in-flow box with visible overflow: the box has a fixed height and the text spills over what follows.
              if (!spill && b.height > 2 && cs.overflowY === 'visible' && ext.bottom - b.bottom > tol && !scrolls(cs.overflowX)) {
                spill = { el, kind: 'spill', overX: 0, overY: ext.bottom - b.bottom, fontSize, tol };
              }
              if ((scrolls(cs.overflowX) && overX > 0) || (scrolls(cs.overflowY) && overY > 0)) return null;
              if (cs.position === 'absolute' || cs.position === 'fixed' || cs.float !== 'none') break;
            }
            return spill;
          });
        };
        const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        // A constructed style sheet, unlike a <style> element, is not blocked by a Content-Security-Policy.
        const adoptSheet = css => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          return () => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet); };
        };
        const report = (texts, before, after, scaleNote) => {
          const groups = new Map();
          after.forEach((a, i) => {
            if (!a) return;
            const b = before[i];
            if (b && b.el === a.el && b.kind === a.kind && a.overX <= b.overX + a.tol && a.overY <= b.overY + a.tol) return;
            let g = groups.get(a.el);
            if (!g) { g = { el: a.el, kind: a.kind, overX: 0, overY: 0, fontSize: a.fontSize, texts: [] }; groups.set(a.el, g); }
            if (a.kind === 'clipped') g.kind = 'clipped';
            g.overX = Math.max(g.overX, a.overX); g.overY = Math.max(g.overY, a.overY);
            g.texts.push(texts[i].data.replace(/\s+/g, ' ').trim());
          });
          return Array.from(groups.values()).map(g => {
            const cs = getComputedStyle(g.el);
            const cut = Math.max(g.overX, g.overY);
            // Clearly cut: at least half a character height of text lies outside a box that hides it.
            const clear = g.kind === 'clipped' && cut >= Math.max(4, g.fontSize * 0.5);
            const sample = excerpt(g.texts.join(' '), 80);
            const summary = g.kind === 'spill'
              ? `With ${scaleNote}, text spills ${px(g.overY)}px out of this ${px(g.el.clientHeight)}px-high box and may overlap what follows.`
              : g.kind === 'ellipsis'
                ? `With ${scaleNote}, more of this text is cut short with an ellipsis (by ${px(cut)}px). Check the full text is available.`
                : `With ${scaleNote}, text is cut off: ${px(cut)}px of it falls outside this ${px(g.el.clientWidth)}×${px(g.el.clientHeight)}px box, which hides overflow.`;
            return { el: g.el, selector: sel(g.el), summary, kind: g.kind, outcome: clear ? 'violation' : 'needsReview', evidence: {
              kind: g.kind, boxWidth: str(g.el.clientWidth), boxHeight: str(g.el.clientHeight), contentWidth: str(g.el.scrollWidth), contentHeight: str(g.el.scrollHeight),
              clippedPx: str(cut), overflowX: cs.overflowX, overflowY: cs.overflowY, height: cs.height, fontSize: cs.fontSize, lineHeight: cs.lineHeight, text: sample } };
          });
        };
        """;

    private const string Run = """
        const texts = collectTexts();
        if (!texts.length) return '[]';
        const before = measure(texts);
        const undoCalm = adoptSheet('*, *::before, *::after { transition: none !important; }');
        const undoChange = apply();
        window.__a11yauditUndoText = () => { undoChange(); undoCalm(); delete window.__a11yauditUndoText; };
        let found;
        try {
          await frames();
          found = report(texts, before, measure(texts), arg.scaleNote);
        } finally {
          window.__a11yauditUndoText();
        }
        // Markup as the page has it, without the check's own changes.
        found.forEach(f => { f.html = html(f.el); delete f.el; });
        return JSON.stringify(found);
        """;

    private const string Restore = "() => { if (window.__a11yauditUndoText) window.__a11yauditUndoText(); }";

    /// <summary>Builds the script from an <c>apply</c> function body that changes the text and returns its undo.</summary>
    public static string Script(string applyBody) =>
        ElementScripts.Function(Measure + "\nconst apply = () => {\n" + applyBody + "\n};\n" + Run);

    public static async Task<IReadOnlyList<MeasuredElement>> MeasureAsync(IPage page, string script, string scaleNote, CancellationToken cancellationToken)
    {
        try
        {
            var json = await page.EvaluateAsync<string>(script, new { scaleNote }).WaitAsync(cancellationToken).ConfigureAwait(false);
            return MeasuredElement.ParseList(json);
        }
        finally
        {
            await page.EvaluateAsync(Restore).ConfigureAwait(false);
        }
    }

    public static IReadOnlyList<Finding> Findings(IPageCheck check, string? viewport, string description, string helpUrl, IEnumerable<MeasuredElement> measured) =>
        OwnFinding.Split(check, viewport, Impact.Serious, description, helpUrl,
            measured.OrderByDescending(m => m.FindingOutcome == FindingOutcome.Violation).Select(m => (m.FindingOutcome, m.ToNode())));
}
