namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>
/// The in-page half of the keyboard walk. <see cref="Install"/> puts a small object on the window for the
/// length of one walk (removed by <see cref="End"/>). Stops are either measured by one short evaluate after
/// each press (<see cref="Stop"/>) or recorded by the page itself while a batch of presses arrives
/// (<see cref="Record"/>, <see cref="Drain"/>).
/// </summary>
internal static class WalkScript
{
    private const string Walk = "window.__a11yauditKeyboardWalk";

    public static readonly string Install = KeyboardScript.Function("_", """
  // One object on the window for the length of the walk: element ids, the focused-state drawings, the rects.
  const walk = {
    begin() {
      Object.assign(walk, { ids: new WeakMap(), els: [null], hoods: [null], focused: [null], rects: [null], next: 1, scroll: [scrollX, scrollY] });
      // Smooth scrolling would leave the page mid-scroll when each stop is measured.
      const style = document.createElement('style');
      style.id = 'a11yaudit-keyboard-walk';
      style.textContent = '*, *::before, *::after { scroll-behavior: auto !important; }';
      (document.head || document.documentElement).appendChild(style);
      kb.resetFocusStart();
      window.scrollTo(0, 0);
      return true;
    },
    // Called after each Tab press: which element has focus and, the first time it does, how it looks.
    stop(measure) { return JSON.stringify(walk.measure(measure)); },
    measure(measure) {
      const S = walk;
      kb.finishTransitions();
      const a = kb.deepActive();
      if (!a) { return { id: 0 }; }
      let id = S.ids.get(a);
      const isNew = !id;
      if (isNew) {
        id = S.next++;
        S.ids.set(a, id);
        S.els[id] = a;
      }
      if (!measure) { return { id, isNew }; }
      const r = a.getBoundingClientRect();
      const out = { id, isNew, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
      if (!isNew || S.hoods[id]) { return out; }
      const tag = a.localName;
      const role = (a.getAttribute('role') || '').trim().toLowerCase();
      const type = tag === 'input' ? (a.type || 'text').toLowerCase() : '';
      out.selector = kb.selector(a);
      out.html = kb.html(a);
      out.tag = tag;
      out.role = role;
      out.kind = /^(iframe|frame|object|embed)$/.test(tag) ? 'frame'
        : tag === 'video' || tag === 'audio' ? 'media'
        : /^(date|time|datetime-local|month|week)$/.test(type) ? 'multi'
        : tag === 'textarea' || a.isContentEditable || role === 'application' ? 'editor'
        : /^(text|email|password|search|tel|url|number)$/.test(type) || /^(textbox|searchbox|combobox)$/.test(role) ? 'field'
        : 'control';
      out.href = tag === 'a' ? a.getAttribute('href') : null;
      const fixed = kb.fixedAncestor(a);
      out.fixed = !!fixed;
      out.inDialog = !!kb.dialogAncestor(a);
      out.inMain = !!kb.closestDeep(a, 'main, [role="main" i]');
      out.visible = out.kind !== 'frame' && kb.visibleWhenFocused(a, r);
      out.cover = out.visible ? kb.obscured(a, r) : null;
      S.rects[id] = fixed ? { x: r.left, y: r.top, w: r.width, h: r.height, fixed: true } : { x: out.x, y: out.y, w: r.width, h: r.height, fixed: false };
      if (out.kind !== 'frame') {
        S.hoods[id] = kb.hood(a);
        S.focused[id] = S.hoods[id].map(n => kb.signature(n.el));
      }
      return out;
    },
    // How many stops the page offers (to size a batch of presses), and whether it has frames: focus moving
    // into a frame of another site crosses processes, and presses sent back to back meanwhile are lost, so
    // pages with frames are walked one press at a time.
    plan() {
      const els = kb.all();
      return JSON.stringify({
        stops: els.filter(el => kb.inTabOrder(el) && kb.rendered(el)).length,
        frames: els.some(el => /^(iframe|frame|object|embed)$/.test(el.localName)),
      });
    },
    // Batched walk: Tab presses arrive back to back, so the page records each press's stop itself, when the
    // next press begins (the page's own handlers for the last one have all run by then) or when focus leaves
    // the document for the browser.
    record() {
      const S = walk;
      S.log = [];
      S.pending = false;
      S.listeners = [
        ['keydown', e => { if (e.key === 'Tab') { if (S.pending) { S.log.push(walk.measure(true)); } S.pending = true; } }],
        ['focusin', () => { S.pending = true; }],
        ['blur', e => { if (e.target === window && S.pending) { S.log.push(walk.measure(true)); S.pending = false; } }],
      ];
      for (const [type, listener] of S.listeners) { window.addEventListener(type, listener, true); }
      return true;
    },
    // The stops recorded since the last call, the current one included; the last call stops recording.
    drain(last) {
      const S = walk;
      if (S.pending) { S.log.push(walk.measure(true)); S.pending = false; }
      const out = S.log || [];
      S.log = [];
      if (last) { walk.unrecord(); }
      return JSON.stringify(out);
    },
    unrecord() {
      for (const [type, listener] of walk.listeners || []) { window.removeEventListener(type, listener, true); }
      walk.listeners = [];
    },
    // Context for a suspected trap: how many elements the page offers in the tab order.
    trap(ids) {
      const S = walk;
      const els = ids.map(i => S.els[i]).filter(Boolean);
      const tabbable = kb.all().filter(el => {
        if (!kb.inTabOrder(el) || !kb.rendered(el)) { return false; }
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      }).length;
      return JSON.stringify({
        tabbable,
        inDialog: els.some(e => kb.dialogAncestor(e)),
        editor: els.some(e => e.localName === 'textarea' || e.isContentEditable || !!kb.closestDeep(e, '[role="application" i]')),
      });
    },
    // How a stop's neighbourhood is drawn now versus while it had focus (S.focused), and whether it moved.
    diff(id) {
      const S = walk;
      const el = S.els[id];
      const cut = v => (v && v.length > 120 ? v.slice(0, 120) + '…' : v);
      const changes = [];
      S.hoods[id].forEach((n, i) => {
        if (!n.el.isConnected) { return; }
        const now = kb.signature(n.el);
        const then = S.focused[id][i];
        for (const key of Object.keys(then)) {
          if (now[key] !== then[key]) { changes.push({ rel: n.rel, prop: key, before: cut(now[key]), after: cut(then[key]) }); }
        }
      });
      const r = el.getBoundingClientRect();
      const was = S.rects[id];
      const x = was.fixed ? r.left : r.left + scrollX;
      const y = was.fixed ? r.top : r.top + scrollY;
      if (Math.abs(x - was.x) > 4 || Math.abs(y - was.y) > 4 || Math.abs(r.width - was.w) > 2 || Math.abs(r.height - was.h) > 2) {
        const box = (bx, by, w, h) => Math.round(bx) + ',' + Math.round(by) + ' ' + Math.round(w) + 'x' + Math.round(h);
        changes.push({ rel: 'self', prop: 'position', before: box(x, y, r.width, r.height), after: box(was.x, was.y, was.w, was.h) });
      }
      return changes.slice(0, 40);
    },
    // With nothing focused, every stop compared with how it looked while it had focus.
    compare() {
      const S = walk;
      kb.resetFocusStart();
      kb.finishTransitions();
      const active = kb.deepActive();
      const result = [];
      for (let id = 1; id < S.next; id++) {
        if (!S.hoods[id]) { continue; }
        const el = S.els[id];
        const unknown = !el.isConnected || active === el;
        result.push({ id, unknown, changes: unknown ? [] : walk.diff(id) });
      }
      return JSON.stringify(result);
    },
    // Before a confirming Tab press: focus the stop before (or start from the top of the page).
    prepare(previousId) {
      kb.resetFocusStart();
      const previous = previousId ? walk.els[previousId] : null;
      if (previous && previous.isConnected) { previous.focus(); }
      return true;
    },
    // After the confirming Tab press and a pause (for scripted focus styles and scroll-driven headers):
    // measure the stop again while focused, then unfocused.
    recheck(id) {
      const S = walk;
      const el = S.els[id];
      kb.finishTransitions();
      if (!el || !S.hoods[id] || kb.deepActive() !== el) { return JSON.stringify({ id, unknown: true }); }
      const r = el.getBoundingClientRect();
      const visible = kb.visibleWhenFocused(el, r);
      const cover = visible ? kb.obscured(el, r) : null;
      S.focused[id] = S.hoods[id].map(n => kb.signature(n.el));
      S.rects[id] = S.rects[id].fixed ? { x: r.left, y: r.top, w: r.width, h: r.height, fixed: true } : { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height, fixed: false };
      kb.resetFocusStart();
      kb.finishTransitions();
      const unknown = kb.deepActive() === el;
      return JSON.stringify({ id, unknown, visible, cover, changes: unknown ? [] : walk.diff(id) });
    },
    end() {
      const S = walk;
      walk.unrecord();
      document.getElementById('a11yaudit-keyboard-walk')?.remove();
      kb.resetFocusStart();
      window.scrollTo(S.scroll[0], S.scroll[1]);
      delete window.__a11yauditKeyboardWalk;
      return true;
    },
  };
  window.__a11yauditKeyboardWalk = walk;
  return walk.begin();
""");

    /// <summary>Argument: whether to measure (true during the walk) or only identify the focused element.</summary>
    public const string Stop = "m => " + Walk + " ? " + Walk + ".stop(m) : '{\"id\":-1}'";

    /// <summary>Returns JSON: the number of stops the page offers, and whether it has frames (then no batches).</summary>
    public const string Plan = "() => " + Walk + " ? " + Walk + ".plan() : ''";

    /// <summary>Starts recording stops in the page for a batch of presses.</summary>
    public const string Record = "() => " + Walk + " ? " + Walk + ".record() : false";

    /// <summary>Argument: whether recording ends. Returns the stops recorded since the last drain, as a JSON array.</summary>
    public const string Drain = "last => " + Walk + " ? " + Walk + ".drain(last) : '[{\"id\":-1}]'";

    public const string Trap = "ids => " + Walk + ".trap(ids)";

    public const string Compare = "() => " + Walk + " ? " + Walk + ".compare() : '[]'";

    /// <summary>Argument: the id of the stop before the one to confirm (0 for none).</summary>
    public const string Prepare = "id => " + Walk + ".prepare(id)";

    /// <summary>Argument: the stop's id. Its focus drawing, visibility and coverage measured again.</summary>
    public const string Recheck = "id => " + Walk + ".recheck(id)";

    public const string End = "() => { if (" + Walk + ") { " + Walk + ".end(); } return true; }";
}
