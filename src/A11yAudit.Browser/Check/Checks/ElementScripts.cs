namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// JavaScript helpers shared by the in-page measurements: a unique-enough CSS selector, a short outer HTML
/// and visibility tests. Pasted at the top of a check's script so one evaluate does all the work.
/// </summary>
internal static class ElementScripts
{
    public const string Helpers = """
        const __esc = s => (window.CSS && CSS.escape) ? CSS.escape(s) : String(s).replace(/[^a-zA-Z0-9_-]/g, c => '\\' + c);
        const sel = el => {
          if (!el || el.nodeType !== 1) return '';
          const parts = [];
          let node = el;
          while (node && node.nodeType === 1) {
            if (node.id && document.querySelectorAll('#' + __esc(node.id)).length === 1) { parts.unshift('#' + __esc(node.id)); break; }
            const tag = node.localName;
            if (tag === 'html' || tag === 'body') { parts.unshift(tag); break; }
            let index = 1, sib = node, alone = true;
            while ((sib = sib.previousElementSibling)) if (sib.localName === tag) { index++; alone = false; }
            sib = node;
            while (alone && (sib = sib.nextElementSibling)) if (sib.localName === tag) alone = false;
            // A class that tells the element apart from its siblings reads better than a position.
            const siblings = node.parentElement ? Array.from(node.parentElement.children) : [node];
            const cls = Array.from(node.classList).find(c => /^[a-zA-Z_-][\w-]*$/.test(c) && siblings.filter(s => s.localName === tag && s.classList.contains(c)).length === 1);
            parts.unshift(cls ? tag + '.' + cls : alone ? tag : tag + ':nth-of-type(' + index + ')');
            try { if (document.querySelectorAll(parts.join(' > ')).length === 1) break; } catch (e) { }
            node = node.parentElement;
          }
          return parts.join(' > ');
        };
        const html = el => { const s = (el && el.outerHTML) || ''; return s.length > 300 ? s.slice(0, 299) + '…' : s; };
        const px = v => Math.round(v * 10) / 10;
        const str = v => String(typeof v === 'number' ? px(v) : v);
        const shown = el => {
          if (!el || !el.getClientRects().length) return false;
          if (el.checkVisibility && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
          return true;
        };
        const visuallyHidden = el => {
          for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
            const cs = getComputedStyle(n);
            if (cs.clip && cs.clip !== 'auto' && /rect\(\s*0/.test(cs.clip)) return true;
            if (/inset\(\s*50%/.test(cs.clipPath)) return true;
            const r = n.getBoundingClientRect();
            if (cs.position === 'absolute' && r.width <= 2 && r.height <= 2 && cs.overflow !== 'visible') return true;
          }
          return false;
        };
        const textOf = el => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
        const excerpt = (t, n) => t.length > n ? t.slice(0, n - 1) + '…' : t;
        """;

    /// <summary>A script body wrapped as a function of one argument, with the helpers in scope.</summary>
    public static string Function(string body) => "async (arg) => {\n" + Helpers + "\n" + body + "\n}";
}
