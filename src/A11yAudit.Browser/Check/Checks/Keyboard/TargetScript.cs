namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>In-page step of the target-size-extended check: every pointer target and its box in one pass.</summary>
internal static class TargetScript
{
    /// <summary>
    /// Links, buttons, form controls, widget roles, onclick elements and pointer-cursor elements (through
    /// open shadow roots). "axe" marks the targets axe-core's target-size rule already tests (focusable
    /// widgets outside SVG, not area, not inline in text), which this check leaves to axe.
    /// </summary>
    public static readonly string Collect = KeyboardScript.Function("_", """
  const widget = /^(button|link|checkbox|radio|switch|tab|menuitem|menuitemcheckbox|menuitemradio|option|treeitem|slider|spinbutton|textbox|searchbox|combobox|gridcell)$/;
  const targets = [];
  const indexOf = new Map();
  const inText = el => {
    const display = getComputedStyle(el).display;
    if (!display.startsWith('inline')) { return false; }
    let block = kb.parentOf(el);
    while (block && block.nodeType === 1 && getComputedStyle(block).display.startsWith('inline')) { block = kb.parentOf(block); }
    const own = (el.textContent || '').trim().length;
    const all = block && block.textContent ? block.textContent.trim().length : 0;
    return own > 0 && all > own + 5;
  };
  for (const el of kb.all()) {
    if (targets.length >= 1500) { break; }
    if (el === document.body || el === document.documentElement || el.localName === 'label') { continue; }
    const role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
    const tag = el.localName;
    const native = kb.nativelyFocusable(el) && !/^(iframe|object|embed)$/.test(tag) && !(el.isContentEditable && tag !== 'input' && tag !== 'textarea');
    const byRole = widget.test(role);
    const inline = el.hasAttribute('onclick');
    let pointer = false;
    if (!native && !byRole && !inline) {
      const parent = kb.parentOf(el);
      pointer = getComputedStyle(el).cursor === 'pointer' && !(parent && parent.nodeType === 1 && getComputedStyle(parent).cursor === 'pointer');
    }
    if (!native && !byRole && !inline && !pointer) { continue; }
    if (!kb.rendered(el)) { continue; }
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) { continue; }
    const svg = el instanceof SVGElement;
    const focusable = kb.nativelyFocusable(el) || el.hasAttribute('tabindex');
    const text = inText(el);
    const axe = (native || byRole) && focusable && !svg && tag !== 'area' && !text;
    let parent = -1;
    for (let n = kb.parentOf(el); n && n.nodeType === 1; n = kb.parentOf(n)) {
      if (indexOf.has(n)) { parent = indexOf.get(n); break; }
    }
    indexOf.set(el, targets.length);
    const reportable = !axe && !text && (r.width < 24 || r.height < 24);
    targets.push({
      x: r.left, y: r.top, w: r.width, h: r.height, parent, reportable,
      selector: kb.selector(el),
      html: reportable ? kb.html(el) : null,
      why: svg ? 'svg' : tag === 'area' ? 'area' : !focusable ? 'not focusable' : 'not a widget',
    });
  }
  return JSON.stringify(targets);
""");
}
