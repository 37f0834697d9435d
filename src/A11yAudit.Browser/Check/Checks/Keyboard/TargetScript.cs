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
  // Inline in a sentence: an inline element whose block holds more text than the element itself.
  const blockText = new Map();
  const inText = el => {
    const display = getComputedStyle(el).display;
    if (!display.startsWith('inline')) { return false; }
    let block = kb.parentOf(el);
    while (block && block.nodeType === 1 && getComputedStyle(block).display.startsWith('inline')) { block = kb.parentOf(block); }
    if (!block || block.nodeType !== 1) { return false; }
    if (!blockText.has(block)) { blockText.set(block, (block.textContent || '').trim().length); }
    const own = (el.textContent || '').trim().length;
    return own > 0 && blockText.get(block) > own + 5;
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
    const small = r.width < 24 || r.height < 24;
    const text = small && inText(el);
    const axe = (native || byRole) && focusable && !svg && tag !== 'area' && !text;
    let parent = -1;
    for (let n = kb.parentOf(el); n && n.nodeType === 1; n = kb.parentOf(n)) {
      if (indexOf.has(n)) { parent = indexOf.get(n); break; }
    }
    indexOf.set(el, targets.length);
    targets.push({
      x: r.left, y: r.top, w: r.width, h: r.height, parent,
      reportable: small && !axe && !text,
      why: svg ? 'svg' : tag === 'area' ? 'area' : !focusable ? 'not focusable' : 'not a widget',
      el,
    });
  }
  // Selectors only for the targets that may be reported and their near neighbours (building them is the costly part).
  const near = (a, b) => b.x < a.x + a.w + 24 && b.x + b.w > a.x - 24 && b.y < a.y + a.h + 24 && b.y + b.h > a.y - 24;
  for (const t of targets) {
    if (!t.reportable) { continue; }
    t.selector = kb.selector(t.el);
    t.html = kb.html(t.el);
    for (const o of targets) {
      if (!o.selector && near(t, o)) { o.selector = kb.selector(o.el); }
    }
  }
  for (const t of targets) {
    delete t.el;
    t.selector = t.selector || [];
  }
  return JSON.stringify(targets);
""");
}
