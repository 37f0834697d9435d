using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.4 Link Purpose (In Context). Links are judged by their accessible name (text, image alt,
/// aria-label, aria-labelledby).
/// Violation: a generic name ("click here", "read more") with nothing in its programmatic context that
/// explains it: no other text in the same paragraph, list item or table cell, no associated header
/// cell, no title (failure F84). Needs review: a generic name whose surrounding sentence may explain it (it
/// passes 2.4.4 but fails 2.4.9 and reads badly in a screen reader's links list); the same name leading
/// to different places; links opening a new window or tab without saying so (3.2.5, AAA, and G201).
/// </summary>
public sealed class LinkPurposeCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html";

    private const string Body = """
        const generic = new Set(arg.generic);
        const norm = s => s.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
        const hidden = el => el.getAttribute('aria-hidden') === 'true' || getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden';
        const subtreeName = el => {
          let s = '';
          for (const n of el.childNodes) {
            if (n.nodeType === 3) s += n.data;
            else if (n.nodeType === 1 && !hidden(n)) {
              if (n.localName === 'img' || n.localName === 'area' || (n.localName === 'input' && n.type === 'image')) s += ' ' + (n.getAttribute('aria-label') || n.getAttribute('alt') || '') + ' ';
              else if (n.localName === 'svg') s += ' ' + (n.getAttribute('aria-label') || (n.querySelector('title') || {}).textContent || '') + ' ';
              else if (n.getAttribute('aria-label')) s += ' ' + n.getAttribute('aria-label') + ' ';
              else s += ' ' + subtreeName(n) + ' ';
            }
          }
          return s;
        };
        const byIds = ids => (ids || '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent).join(' ');
        const nameOf = a => {
          const labelled = byIds(a.getAttribute('aria-labelledby')).trim();
          if (labelled) return labelled;
          const label = (a.getAttribute('aria-label') || '').trim();
          if (label) return label;
          const text = subtreeName(a).replace(/\s+/g, ' ').trim();
          return text || (a.getAttribute('title') || '').trim();
        };
        const destination = a => {
          try { const u = new URL(a.href, location.href); u.hash = ''; return u.href.replace(/\/index\.html?$/i, '/'); } catch (e) { return a.getAttribute('href') || ''; }
        };
        const blockOf = el => { let b = el.parentElement; while (b && b !== document.body && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement; return b; };
        const headerText = cell => {
          const table = cell.closest('table');
          if (!table) return '';
          const col = cell.cellIndex;
          const first = table.rows[0];
          const th = first && first.cells[col];
          return th && th !== cell && th.localName === 'th' ? th.textContent : '';
        };
        const contextOf = (a, name) => {
          const containers = new Set([blockOf(a), a.closest('p'), a.closest('li'), a.closest('td, th'), a.closest('dd')]);
          let best = '';
          for (const c of containers) {
            if (!c || c === document.body) continue;
            const rest = textOf(c).replace(textOf(a), ' ').replace(/\s+/g, ' ').trim();
            if ((rest.match(/\p{L}{2,}/gu) || []).length > (best.match(/\p{L}{2,}/gu) || []).length) best = rest;
          }
          const cell = a.closest('td');
          const header = cell ? headerText(cell).trim() : '';
          return [best, header].filter(Boolean).join(' | ');
        };
        const out = [];
        const links = Array.from(document.querySelectorAll('a[href], area[href]')).filter(a => a.localName === 'area' || shown(a));
        const flagged = new Set();
        for (const a of links) {
          const name = nameOf(a);
          const n = norm(name);
          if (!n) continue;
          const href = a.getAttribute('href') || '';
          if (generic.has(n)) {
            flagged.add(a);
            const context = contextOf(a, name);
            const title = (a.getAttribute('title') || '').trim();
            const described = byIds(a.getAttribute('aria-describedby')).trim();
            const words = (context.match(/\p{L}{2,}/gu) || []).length;
            const explained = words >= 3 || (title && norm(title) !== n) || described;
            out.push({ el: a, kind: 'generic-text', outcome: explained ? 'needsReview' : 'violation',
              summary: explained
                ? `The link text "${name}" says nothing on its own. The text around it may explain it, but in a screen reader's list of links it is just "${name}". Use words that say where it goes.`
                : `The link text "${name}" does not say where the link goes, and nothing in the same paragraph, list item or table cell explains it.`,
              evidence: { name, href, context: excerpt(context || title || described, 120) } });
          }
        }
        const groups = new Map();
        for (const a of links) {
          const n = norm(nameOf(a));
          if (!n || flagged.has(a) || (a.getAttribute('href') || '').startsWith('#')) continue;
          if (!groups.has(n)) groups.set(n, []);
          groups.get(n).push(a);
        }
        for (const [n, group] of groups) {
          const dests = Array.from(new Set(group.map(destination)));
          if (dests.length < 2) continue;
          for (const a of group) {
            flagged.add(a);
            out.push({ el: a, kind: 'same-text-different-destination', outcome: 'needsReview',
              summary: `${group.length} links called "${nameOf(a)}" go to ${dests.length} different places. People choosing from a list of links cannot tell them apart.`,
              evidence: { name: nameOf(a), href: a.getAttribute('href') || '', destinations: dests.slice(0, 5).join(' ') } });
          }
        }
        for (const a of links) {
          const target = (a.getAttribute('target') || '').toLowerCase();
          if (!target || ['_self', '_parent', '_top'].includes(target)) continue;
          const said = [nameOf(a), a.getAttribute('title') || '', byIds(a.getAttribute('aria-describedby'))].join(' ');
          if (arg.newWindow.some(p => new RegExp(p, 'i').test(said))) continue;
          out.push({ el: a, kind: 'new-window', outcome: 'needsReview',
            summary: `The link "${nameOf(a)}" opens a new window or tab (target="${target}") without saying so. People using screen readers or magnifiers may not notice and lose their way back (WCAG 3.2.5, G201).`,
            evidence: { name: nameOf(a), href: a.getAttribute('href') || '', target, wcag: '3.2.5' } });
        }
        return JSON.stringify(out.map(o => ({ selector: sel(o.el), html: html(o.el), summary: o.summary, kind: o.kind, outcome: o.outcome, evidence: Object.assign({ kind: o.kind }, o.evidence) })));
        """;

    private static readonly string Script = ElementScripts.Function(Body);

    public string Id => "link-purpose";

    public string Help => "Link text must say where the link goes, on its own or with its sentence, list item or table cell";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.4"];

    public CheckCost Cost => CheckCost.Cheap;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = await context.Page.EvaluateAsync<string>(Script, new { generic = LinkText.GenericPhrases.ToArray(), newWindow = LinkText.NewWindowPatterns })
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var measured = MeasuredElement.ParseList(json);
        return OwnFinding.Split(this, context.Viewport, Impact.Serious,
            "Links whose text does not say where they go leave screen reader users, who often move between links out of context, and people with cognitive impairments guessing.",
            HelpUrl, measured.Select(m => (m.FindingOutcome, m.ToNode())));
    }
}
