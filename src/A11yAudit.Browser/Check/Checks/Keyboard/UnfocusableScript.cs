namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>In-page steps of the keyboard-unfocusable-control check.</summary>
internal static class UnfocusableScript
{
    /// <summary>
    /// Controls a mouse can use but Tab never reaches: elements with a widget role and no tabindex, and
    /// pointer-cursor or onclick elements outside any focusable control (kept on the window so their event
    /// listeners can be read over CDP). Also custom buttons that are focusable, for the Enter/Space test.
    /// </summary>
    public static readonly string Candidates = KeyboardScript.Function("_", """
  const widget = /^(button|link|checkbox|radio|switch|tab|menuitem|menuitemcheckbox|menuitemradio|option|treeitem|slider|spinbutton|textbox|searchbox|combobox|gridcell)$/;
  const item = /^(tab|menuitem|menuitemcheckbox|menuitemradio|option|treeitem|gridcell)$/;
  const composite = '[role="tablist" i], [role="menu" i], [role="menubar" i], [role="listbox" i], [role="tree" i], [role="treegrid" i], [role="grid" i], [role="radiogroup" i], [role="combobox" i]';
  const roleOf = el => (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
  const scriptFocusable = el => el.hasAttribute('tabindex') || kb.nativelyFocusable(el);
  const shown = el => {
    if (!kb.rendered(el)) { return false; }
    const r = el.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1;
  };
  const disabled = el => !!kb.closestDeep(el, '[aria-disabled="true" i], :disabled');
  // Inside a link, button, label or other focusable element, the click reaches a control that Tab reaches too.
  const insideControl = el => {
    for (let n = kb.parentOf(el); n && n.nodeType === 1; n = kb.parentOf(n)) {
      if (n.localName === 'label' || scriptFocusable(n)) { return true; }
    }
    return false;
  };
  const hasControlInside = el => Array.from(el.querySelectorAll('a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]'))
    .some(c => kb.inTabOrder(c) && kb.rendered(c));
  // Items of a composite widget are reached through the widget (roving tabindex or aria-activedescendant).
  const reachableThroughWidget = el => {
    const owner = kb.closestDeep(el, composite);
    return !!owner && (owner.hasAttribute('aria-activedescendant') || scriptFocusable(owner) || !!owner.querySelector('[tabindex]'));
  };
  const describe = el => ({ selector: kb.selector(el), html: kb.html(el), role: roleOf(el), cursor: getComputedStyle(el).cursor });
  const roles = [];
  const pointers = [];
  const keys = [];
  const viewportArea = innerWidth * innerHeight;
  for (const el of kb.all()) {
    if (el === document.body || el === document.documentElement) { continue; }
    const role = roleOf(el);
    if (widget.test(role)) {
      if (scriptFocusable(el)) {
        if ((role === 'button' || role === 'link') && kb.inTabOrder(el) && !kb.nativelyFocusable(el) && !el.closest('form') && !disabled(el) && shown(el) && keys.length < 8) {
          keys.push(el);
        }
        continue;
      }
      if (!disabled(el) && shown(el) && !insideControl(el) && !hasControlInside(el) && !(item.test(role) && reachableThroughWidget(el))) {
        roles.push(el);
      }
      continue;
    }
    if (kb.inTabOrder(el) || el.localName === 'label') { continue; }
    const inline = el.hasAttribute('onclick');
    let pointer = false;
    if (!inline) {
      const parent = kb.parentOf(el);
      pointer = getComputedStyle(el).cursor === 'pointer' && !(parent && parent.nodeType === 1 && getComputedStyle(parent).cursor === 'pointer');
    }
    if (!inline && !pointer) { continue; }
    if (disabled(el) || !shown(el) || insideControl(el) || hasControlInside(el)) { continue; }
    // A backdrop that closes a dialog on click is left by Escape, not Tab.
    const r = el.getBoundingClientRect();
    if (r.width * r.height > viewportArea / 2) { continue; }
    pointers.push({ el, inline });
  }
  const kept = pointers.slice(0, 40);
  window.__a11yauditUnfocusable = { pointers: kept.map(p => p.el), keys };
  return JSON.stringify({
    roles: roles.slice(0, 20).map(describe),
    pointers: kept.map(p => Object.assign(describe(p.el), { inline: p.inline })),
    keys: keys.map(describe),
  });
""");

    /// <summary>The CDP expression for the pointer candidates' array (listeners are read per element).</summary>
    public const string PointerArray = "window.__a11yauditUnfocusable ? window.__a11yauditUnfocusable.pointers : []";

    /// <summary>Argument: index into the focusable custom controls. Focuses it and starts counting clicks and DOM changes.</summary>
    public static readonly string Arm = KeyboardScript.Function("index", """
  const S = window.__a11yauditUnfocusable;
  const el = S && S.keys[index];
  if (!el || !el.isConnected) { return false; }
  if (!S.observer) {
    S.clicks = 0;
    S.onClick = e => { if (kb.containsDeep(el, e.target)) { S.clicks++; } };
    window.addEventListener('click', S.onClick, true);
    S.observer = new MutationObserver(records => { S.changes += records.length; });
    S.observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    S.scroll = [scrollX, scrollY];
  }
  kb.resetFocusStart();
  el.focus();
  // Changes caused by focusing are taken (and so never counted) before the key is pressed.
  S.observer.takeRecords();
  S.changes = 0;
  S.clicks = 0;
  S.href = location.href;
  S.target = el;
  return kb.deepActive() === el;
""");

    /// <summary>After a key press: did the control react (a click, a DOM change, focus or URL moving)?</summary>
    public const string Reacted = """
() => {
  const S = window.__a11yauditUnfocusable;
  if (!S || !S.observer) { return false; }
  const changes = S.changes + S.observer.takeRecords().length;
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) { active = active.shadowRoot.activeElement; }
  return S.clicks > 0 || changes > 0 || location.href !== S.href || active !== S.target;
}
""";

    public static readonly string End = KeyboardScript.Function("_", """
  const S = window.__a11yauditUnfocusable;
  if (S && S.observer) {
    S.observer.disconnect();
    window.removeEventListener('click', S.onClick, true);
    window.scrollTo(S.scroll[0], S.scroll[1]);
  }
  kb.resetFocusStart();
  delete window.__a11yauditUnfocusable;
  return true;
""");
}
