namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>
/// In-page helpers shared by the keyboard checks: selectors through shadow roots, focusability, visibility,
/// what covers an element, and a normalised "signature" of how an element is drawn (to compare focused
/// and unfocused states without screenshots).
/// </summary>
internal static class KeyboardScript
{
    /// <summary>Declares <c>kb</c>; prepend to a function body with <see cref="Function"/>.</summary>
    public const string Helpers = """
  // Shared in-page helpers (A11yAudit keyboard checks).
  const kb = {
    // The element that really has focus, through open shadow roots.
    deepActive() {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
      return a && a !== document.body && a !== document.documentElement ? a : null;
    },
    parentOf(el) {
      if (el.parentElement) { return el.parentElement; }
      const root = el.getRootNode();
      return root instanceof ShadowRoot ? root.host : null;
    },
    // A selector unique within the element's own root: an id if unique, else a tag path with :nth-of-type.
    cssPath(el) {
      const root = el.getRootNode();
      const esc = CSS.escape;
      const unique = id => { try { return root.querySelectorAll('#' + esc(id)).length === 1; } catch (e) { return false; } };
      const parts = [];
      let node = el;
      while (node && node.nodeType === 1) {
        if (node.id && unique(node.id)) { parts.unshift('#' + esc(node.id)); break; }
        const tag = esc(node.localName);
        const parent = node.parentElement;
        if (!parent) { parts.unshift(tag); break; }
        const same = Array.from(parent.children).filter(c => c.localName === node.localName);
        parts.unshift(same.length > 1 ? tag + ':nth-of-type(' + (same.indexOf(node) + 1) + ')' : tag);
        node = parent;
      }
      return parts.join(' > ');
    },
    // One selector per shadow root from the document inward.
    selector(el) {
      const chain = [];
      let node = el;
      while (node) {
        chain.unshift(kb.cssPath(node));
        const root = node.getRootNode();
        node = root instanceof ShadowRoot ? root.host : null;
      }
      return chain;
    },
    html(el) {
      const h = el.outerHTML || '';
      return h.length > 300 ? h.slice(0, 300) + '…' : h;
    },
    // Every element of the document and its open shadow roots, in tree order.
    all(root = document) {
      const out = [];
      const visit = r => {
        for (const el of r.querySelectorAll('*')) {
          out.push(el);
          if (el.shadowRoot) { visit(el.shadowRoot); }
        }
      };
      visit(root);
      return out;
    },
    closestDeep(el, selector) {
      let node = el;
      while (node) {
        if (node.nodeType === 1 && node.matches(selector)) { return node; }
        node = kb.parentOf(node);
      }
      return null;
    },
    containsDeep(outer, inner) {
      let node = inner;
      while (node) {
        if (node === outer) { return true; }
        node = kb.parentOf(node);
      }
      return false;
    },
    // Rendered and not hidden by visibility, opacity or inert; size is checked by the caller.
    rendered(el) {
      if (!el.isConnected || el.closest('[inert]')) { return false; }
      const cs = getComputedStyle(el);
      if (cs.visibility !== 'visible' || cs.display === 'none') { return false; }
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) { return false; }
      return true;
    },
    // Native or tabindex-given focusability (tabIndex >= 0 means in the tab order).
    nativelyFocusable(el) {
      const tag = el.localName;
      if (el.hasAttribute('disabled') && /^(button|input|select|textarea|fieldset|optgroup|option)$/.test(tag)) { return false; }
      if (tag === 'a' || tag === 'area') { return el.hasAttribute('href'); }
      if (/^(button|input|select|textarea|iframe|object|embed)$/.test(tag)) { return !(tag === 'input' && el.type === 'hidden'); }
      if (tag === 'summary') { return el.parentElement?.localName === 'details' && el.parentElement.querySelector('summary') === el; }
      if ((tag === 'audio' || tag === 'video') && el.hasAttribute('controls')) { return true; }
      if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) { return true; }
      return false;
    },
    inTabOrder(el) {
      if (el.hasAttribute('tabindex')) { return el.tabIndex >= 0 && !(el.hasAttribute('disabled') && 'disabled' in el && el.disabled); }
      return kb.nativelyFocusable(el);
    },
    alpha(color) {
      if (!color || color === 'transparent') { return 0; }
      const m = /rgba?\(([^)]+)\)/.exec(color);
      if (!m) { return 1; }
      const parts = m[1].split(/[ ,/]+/).filter(Boolean);
      if (parts.length < 4) { return 1; }
      const a = parts[3];
      return a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
    },
    fixedAncestor(el) {
      let node = el;
      while (node && node.nodeType === 1) {
        const p = getComputedStyle(node).position;
        if (p === 'fixed' || p === 'sticky') { return node; }
        node = kb.parentOf(node);
      }
      return null;
    },
    dialogAncestor(el) {
      return kb.closestDeep(el, 'dialog, [role="dialog" i], [role="alertdialog" i], [aria-modal="true" i]');
    },
    // Tab from here starts at the top of the document, whatever had focus or was clicked before.
    resetFocusStart() {
      const active = document.activeElement;
      if (active && active !== document.body && typeof active.blur === 'function') { active.blur(); }
      const body = document.body;
      if (!body) { return; }
      const had = body.getAttribute('tabindex');
      body.setAttribute('tabindex', '-1');
      body.focus({ preventScroll: true });
      if (had === null) { body.removeAttribute('tabindex'); } else { body.setAttribute('tabindex', had); }
    },
    // Computed styles read mid-transition would show the start value, not the focus style.
    finishTransitions() {
      if (typeof document.getAnimations !== 'function') { return; }
      for (const animation of document.getAnimations()) {
        if (typeof CSSTransition !== 'undefined' && animation instanceof CSSTransition) {
          try { animation.finish(); } catch (e) { /* an infinite or idle transition */ }
        }
      }
    },
    topAt(x, y) {
      let top = document.elementFromPoint(x, y);
      while (top && top.shadowRoot) {
        const inner = top.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === top) { break; }
        top = inner;
      }
      return top;
    },
    // The element as the user sees it once focused: not zero-sized, hidden, clipped away or off-screen.
    visibleWhenFocused(el, r) {
      if (r.width < 2 || r.height < 2 || !kb.rendered(el)) { return false; }
      if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) { return false; }
      const own = getComputedStyle(el);
      if (/inset\(50%/.test(own.clipPath) || /rect\(0px,? 0px,? 0px,? 0px\)/.test(own.clip)) { return false; }
      let box = { l: r.left, t: r.top, r: r.right, b: r.bottom };
      let node = kb.parentOf(el);
      for (let i = 0; node && node.nodeType === 1 && i < 30; i++, node = kb.parentOf(node)) {
        if (node === document.body || node === document.documentElement) { break; }
        const cs = getComputedStyle(node);
        if (/inset\(50%/.test(cs.clipPath)) { return false; }
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const pr = node.getBoundingClientRect();
          box = { l: Math.max(box.l, pr.left), t: Math.max(box.t, pr.top), r: Math.min(box.r, pr.right), b: Math.min(box.b, pr.bottom) };
          if (box.r - box.l < 2 || box.b - box.t < 2) { return false; }
        }
        if (cs.position === 'fixed') { break; }
      }
      return true;
    },
    // Whether something that stays put while the page scrolls (fixed or sticky) sits on top of the element.
    obscured(el, r) {
      const inset = Math.max(1, Math.min(3, r.width / 4, r.height / 4));
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset], [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset], [r.right - inset, r.bottom - inset],
      ];
      let inView = 0;
      let covered = 0;
      let layer = null;
      let opaque = true;
      for (const [x, y] of points) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) { continue; }
        inView++;
        const top = kb.topAt(x, y);
        if (!top || top === el || kb.containsDeep(el, top) || kb.containsDeep(top, el)) { continue; }
        const fixed = kb.fixedAncestor(top);
        if (!fixed || kb.containsDeep(fixed, el)) { continue; }
        covered++;
        layer = layer || fixed;
        opaque = opaque && kb.opaque(top, fixed);
      }
      return { points: inView, covered, by: layer ? kb.selector(layer) : null, byHtml: layer ? kb.html(layer) : null, opaque };
    },
    // Solid enough to hide what is under it: fully opaque, and some box from the hit element to its layer has a solid background.
    opaque(top, layer) {
      let opacity = 1;
      for (let node = top; node && node.nodeType === 1; node = kb.parentOf(node)) { opacity *= parseFloat(getComputedStyle(node).opacity); }
      if (opacity < 0.95) { return false; }
      for (let node = top; node && node.nodeType === 1; node = kb.parentOf(node)) {
        const cs = getComputedStyle(node);
        if (kb.alpha(cs.backgroundColor) >= 0.95 || cs.backgroundImage !== 'none' || /^(img|svg|video|canvas|picture)$/.test(node.localName)) { return true; }
        if (node === layer) { break; }
      }
      return false;
    },
    // Where a focus indicator may be drawn: the element, five ancestors (:focus-within), its first
    // descendants, its neighbours (input:focus + label::before, ~ .indicator) and its labels.
    hood(el) {
      const list = [];
      const add = (node, rel) => {
        if (node && node.nodeType === 1 && node !== document.body && node !== document.documentElement && !list.some(x => x.el === node)) {
          list.push({ el: node, rel });
        }
      };
      add(el, 'self');
      let parent = kb.parentOf(el);
      for (let i = 0; i < 5 && parent; i++, parent = kb.parentOf(parent)) { add(parent, 'ancestor'); }
      let count = 0;
      for (const d of el.querySelectorAll('*')) {
        if (count++ >= 12) { break; }
        add(d, 'descendant');
      }
      add(el.previousElementSibling, 'sibling');
      let next = el.nextElementSibling;
      for (let i = 0; i < 3 && next; i++, next = next.nextElementSibling) { add(next, 'sibling'); }
      if (el.labels) { for (const label of el.labels) { add(label, 'label'); } }
      return list;
    },
    shadow(value) {
      if (!value || value === 'none') { return 'none'; }
      const kept = value.split(/,(?![^(]*\))/).map(s => s.trim()).filter(s => {
        const m = /rgba?\([^)]*\)/.exec(s);
        return !m || kb.alpha(m[0]) > 0;
      });
      return kept.length ? kept.join(', ') : 'none';
    },
    // The visible drawing of an element and its ::before/::after, normalised so invisible values compare equal.
    signature(el) {
      const sig = {};
      const line = (style, width, color) =>
        style === 'none' || style === 'hidden' || parseFloat(width) === 0 || kb.alpha(color) === 0 ? 'none' : style + ' ' + width + ' ' + color;
      for (const pseudo of ['', '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo || null);
        const pre = pseudo ? pseudo.slice(2) + ' ' : '';
        if (pseudo) {
          if (!cs.content || cs.content === 'none' || cs.content === 'normal' || cs.display === 'none') { sig[pre + 'content'] = 'none'; continue; }
          sig[pre + 'content'] = cs.content.slice(0, 60);
          sig[pre + 'size'] = cs.width + ' ' + cs.height;
        }
        const outline = cs.outlineStyle === 'auto' ? 'auto ' + cs.outlineColor : line(cs.outlineStyle, cs.outlineWidth, cs.outlineColor);
        sig[pre + 'outline'] = outline === 'none' ? 'none' : outline + ' offset ' + cs.outlineOffset;
        for (const side of ['top', 'right', 'bottom', 'left']) {
          sig[pre + 'border-' + side] = line(cs.getPropertyValue('border-' + side + '-style'), cs.getPropertyValue('border-' + side + '-width'), cs.getPropertyValue('border-' + side + '-color'));
        }
        sig[pre + 'box-shadow'] = kb.shadow(cs.boxShadow);
        sig[pre + 'background-color'] = kb.alpha(cs.backgroundColor) === 0 ? 'transparent' : cs.backgroundColor;
        sig[pre + 'background-image'] = cs.backgroundImage.slice(0, 120);
        sig[pre + 'color'] = cs.color;
        sig[pre + 'text-decoration'] = cs.textDecorationLine === 'none' ? 'none' : cs.textDecorationLine + ' ' + cs.textDecorationStyle + ' ' + cs.textDecorationColor + ' ' + cs.textDecorationThickness;
        sig[pre + 'opacity'] = cs.opacity;
        sig[pre + 'visibility'] = cs.visibility;
        sig[pre + 'fill'] = cs.fill;
        sig[pre + 'stroke'] = cs.stroke;
        sig[pre + 'filter'] = cs.filter;
        sig[pre + 'transform'] = cs.transform;
      }
      return sig;
    },
  };
""";

    /// <summary>A function expression for <c>page.EvaluateAsync</c> with the helpers in scope.</summary>
    public static string Function(string parameter, string body) => "(" + parameter + ") => {\n" + Helpers + "\n" + body + "\n}";
}
