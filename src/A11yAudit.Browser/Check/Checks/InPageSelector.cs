namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// JavaScript helpers shared by the in-page scripts of the checks: a unique-ish CSS selector for an element
/// (its id when unique, else a tag path with :nth-of-type) and a truncated outerHTML snippet. Paste
/// <see cref="Functions"/> at the top of a script; it defines <c>cssPath(el)</c> and <c>snippet(el)</c>.
/// </summary>
internal static class InPageSelector
{
    public const string Functions = """
        const cssPath = (el) => {
          if (!(el instanceof Element)) { return ''; }
          const uniqueId = (n) => n.id && document.querySelectorAll('#' + CSS.escape(n.id)).length === 1;
          const parts = [];
          for (let node = el; node && node.nodeType === 1 && node !== document.documentElement; node = node.parentElement) {
            if (uniqueId(node)) { parts.unshift('#' + CSS.escape(node.id)); break; }
            let part = node.localName;
            const parent = node.parentElement;
            if (parent) {
              const same = Array.from(parent.children).filter(c => c.localName === node.localName);
              if (same.length > 1) { part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')'; }
            }
            parts.unshift(part);
          }
          return parts.join(' > ') || el.localName;
        };
        const snippet = (el) => {
          const html = (el && el.outerHTML) || '';
          return html.length > 300 ? html.slice(0, 300) + '…' : html;
        };
        """;
}
