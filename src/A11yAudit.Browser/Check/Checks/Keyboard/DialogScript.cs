namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>In-page steps of the dialog-focus check. State for one dialog at a time lives on the window until <see cref="End"/>.</summary>
internal static class DialogScript
{
    private const string Common = """
  const dialogs = 'dialog, [role="dialog" i], [role="alertdialog" i]';
  const shown = el => {
    if (!el || !el.isConnected || (el.localName === 'dialog' && !el.open) || !kb.rendered(el)) { return false; }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const S = window.__a11yauditDialog || (window.__a11yauditDialog = { before: [], dialog: null });
""";

    /// <summary>
    /// Up to three controls whose markup says they open a dialog: aria-haspopup="dialog", or aria-controls,
    /// data-(bs-)target or commandfor pointing at a dialog. Never form submit buttons.
    /// </summary>
    public static readonly string Triggers = KeyboardScript.Function("_", Common + """
  const target = t => {
    const ids = [];
    for (const attr of ['aria-controls', 'data-target', 'data-bs-target', 'commandfor']) {
      for (const token of (t.getAttribute(attr) || '').trim().split(/\s+/)) { if (token) { ids.push(token.replace(/^#/, '')); } }
    }
    const href = t.getAttribute('href') || '';
    if (href.length > 1 && href.startsWith('#') && t.matches('[data-toggle="modal" i], [data-bs-toggle="modal" i]')) { ids.push(href.slice(1)); }
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && el.matches(dialogs + ', .modal')) { return el; }
    }
    return null;
  };
  const submits = t => (t.localName === 'button' && (t.getAttribute('type') || '').toLowerCase() === 'submit')
    || (t.form && ((t.localName === 'button' && t.type === 'submit') || (t.localName === 'input' && /^(submit|image)$/i.test(t.type))));
  const out = [];
  for (const t of document.querySelectorAll('[aria-haspopup="dialog" i], [aria-controls], [data-toggle="modal" i], [data-bs-toggle="modal" i], [commandfor]')) {
    if (out.length >= 3) { break; }
    const r = t.getBoundingClientRect();
    if (!kb.rendered(t) || r.width === 0 || r.height === 0 || t.matches(':disabled, [aria-disabled="true" i]') || submits(t)) { continue; }
    const dialog = target(t);
    const popup = (t.getAttribute('aria-haspopup') || '').toLowerCase() === 'dialog';
    if ((!dialog && !popup) || (dialog && shown(dialog))) { continue; }
    out.push({ selector: kb.selector(t), html: kb.html(t), dialog: dialog ? kb.selector(dialog) : null });
  }
  return JSON.stringify(out);
""");

    /// <summary>Remembers which dialogs are already open, so a newly opened one can be told apart.</summary>
    public static readonly string Begin = KeyboardScript.Function("_", Common + """
  S.before = Array.from(document.querySelectorAll(dialogs)).filter(shown);
  S.dialog = null;
  S.scroll = [scrollX, scrollY];
  return true;
""");

    /// <summary>Argument: the dialog's selector, or null to accept any dialog that was not open before.</summary>
    public static readonly string Opened = KeyboardScript.Function("selector", Common + """
  const named = selector ? document.querySelector(selector) : null;
  if (named && shown(named)) { S.dialog = named; return true; }
  if (!selector) {
    for (const el of document.querySelectorAll(dialogs)) {
      if (!S.before.includes(el) && shown(el)) { S.dialog = el; return true; }
    }
  }
  return false;
""");

    public static readonly string FocusInside = KeyboardScript.Function("_", Common + """
  const active = kb.deepActive();
  return !!(S.dialog && active && kb.containsDeep(S.dialog, active));
""");

    /// <summary>The open dialog: whether it is modal, where it is, and where focus is now.</summary>
    public static readonly string Info = KeyboardScript.Function("_", Common + """
  const d = S.dialog;
  let modal = (d.getAttribute('aria-modal') || '').toLowerCase() === 'true';
  try { modal = modal || d.matches(':modal'); } catch (e) { /* :modal unsupported */ }
  const active = kb.deepActive();
  return JSON.stringify({ selector: kb.selector(d), html: kb.html(d), modal, active: active ? kb.selector(active) : null });
""");

    /// <summary>inside, outside, or none (focus is on the page itself or in the browser's own controls).</summary>
    public static readonly string Where = KeyboardScript.Function("_", Common + """
  const active = kb.deepActive();
  if (!active) { return JSON.stringify({ where: 'none', active: null }); }
  return JSON.stringify({ where: kb.containsDeep(S.dialog, active) ? 'inside' : 'outside', active: kb.selector(active) });
""");

    public static readonly string Closed = KeyboardScript.Function("_", Common + """
  return !shown(S.dialog);
""");

    /// <summary>A close control inside the dialog (never a submit button of an ordinary form), marked for a click.</summary>
    public static readonly string CloseControl = KeyboardScript.Function("_", Common + """
  const d = S.dialog;
  // Prefer explicit dismiss markup, then a control named only "Close", "×" and the like: a label such as
  // "Yes, cancel it" is the dialog's action, not a way out.
  const score = el => {
    if (el.matches('[data-dismiss], [data-bs-dismiss]')) { return 3; }
    if (/\b(close|dismiss)\b/i.test((el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('title') || ''))) { return 3; }
    return /^(close|dismiss|cancel|done|not now|no thanks|[×✕✖xX])$/i.test((el.textContent || '').trim()) ? 2 : 0;
  };
  let best = null;
  let bestScore = 0;
  for (const el of d.querySelectorAll('[data-dismiss], [data-bs-dismiss], button, [role="button" i], a[href^="#"]')) {
    const form = el.closest('form');
    const submits = form && (form.getAttribute('method') || '').toLowerCase() !== 'dialog' && el.localName === 'button' && el.type === 'submit';
    const s = submits || !kb.rendered(el) ? 0 : score(el);
    if (s > bestScore) { best = el; bestScore = s; }
  }
  return best ? JSON.stringify(kb.selector(best)) : 'null';
""");

    /// <summary>A native dialog can be closed without its page's scripts; a scripted one is left as it is.</summary>
    public static readonly string CloseNative = KeyboardScript.Function("_", Common + """
  if (S.dialog && S.dialog.localName === 'dialog' && S.dialog.open) { S.dialog.close(); }
  return !shown(S.dialog);
""");

    public static readonly string End = KeyboardScript.Function("_", Common + """
  kb.resetFocusStart();
  if (S.scroll) { window.scrollTo(S.scroll[0], S.scroll[1]); }
  delete window.__a11yauditDialog;
  return true;
""");
}
