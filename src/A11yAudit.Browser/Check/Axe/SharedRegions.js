// One axe scan that re-uses the results of shared regions (header, navigation, footer) already checked on an
// earlier page. A region is re-used only when everything axe's page-local rules read about it is identical:
// its HTML, the computed style and layout of each of its elements (relative to the region), the start tags,
// styles and clipping of its ancestors, and whatever it references outside itself or is referenced from
// outside. Rules that look across the page (page-level rules, rules whose checks aggregate after the run,
// target spacing) always run on the whole page. See SharedRegions.cs.
async ({ run, shared }) => {
  if (!window.axe) { return null; }
  const axe = window.axe;
  const slim = (list) => (list || []).map(x => x.id);
  // Element references are for this script only: they never leave the page.
  const finish = (r, extra) => JSON.stringify(Object.assign({
    testEngine: r.testEngine,
    url: r.url,
    violations: r.violations,
    incomplete: r.incomplete,
    passes: slim(r.passes),
    inapplicable: slim(r.inapplicable),
  }, extra || {}), (k, v) => k === 'element' ? undefined : v);
  if (!shared) { return finish(await axe.run(document, run)); }
  try {
    return await reusingScan();
  } catch (err) {
    // Re-use is an optimisation: whatever went wrong with it, a full scan gives the page its results.
    try { if (axe._tree) { axe.teardown(); } } catch (e) { }
    return finish(await axe.run(document, run), { learned: [], reused: [], sharedError: String(err && err.message || err) });
  }

  async function reusingScan() {
    const REGIONS = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';
    const UNCACHEABLE = 'iframe, frame, object, embed, video, audio, slot, portal, [contenteditable]';
    const IDREFS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant',
      'aria-details', 'aria-errormessage', 'aria-flowto', 'headers', 'list', 'form', 'popovertarget', 'commandfor', 'itemref', 'anchor'];
    const REF_SELECTOR = IDREFS.map(a => `[${a}]`).concat(['[href^="#"]', '[usemap]']).join(',');
    const STYLE = ['display', 'visibility', 'opacity', 'position', 'z-index', 'float', 'clear', 'color', 'background-color',
      'background-image', 'background-clip', 'background-blend-mode', 'mix-blend-mode', 'filter', 'backdrop-filter', 'transform',
      'clip', 'clip-path', 'mask-image', 'overflow-x', 'overflow-y', 'text-overflow', 'white-space', 'font-family', 'font-size',
      'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-shadow', 'text-transform',
      'text-decoration-line', 'text-decoration-color', 'text-decoration-style', '-webkit-text-stroke-width',
      '-webkit-text-stroke-color', '-webkit-text-fill-color', 'border-top-width', 'border-right-width', 'border-bottom-width',
      'border-left-width', 'border-top-style', 'border-bottom-style', 'border-top-color', 'border-bottom-color', 'outline-style',
      'outline-width', 'outline-color', 'content-visibility', 'pointer-events', 'cursor', 'user-select', 'direction',
      'writing-mode', 'speak', 'forced-color-adjust', 'color-scheme', 'zoom'];
    const PSEUDO = ['content', 'display', 'position', 'color', 'background-color', 'background-image', 'font-size', 'opacity'];

    const hash = (s) => {
      let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0') + s.length.toString(36);
    };
    const startTag = (e) => '<' + e.localName + [...e.attributes].map(a => ` ${a.name}="${a.value}"`).join('') + '>';
    const styleOf = (e) => {
      const cs = getComputedStyle(e);
      let s = STYLE.map(p => cs.getPropertyValue(p)).join(';');
      for (const pseudo of ['::before', '::after']) {
        const ps = getComputedStyle(e, pseudo);
        const content = ps.getPropertyValue('content');
        if (content && content !== 'none' && content !== 'normal') {
          s += pseudo + PSEUDO.map(p => ps.getPropertyValue(p)).join(';');
        }
      }
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
        s += `|scroll ${e.scrollWidth} ${e.scrollHeight} ${e.clientWidth} ${e.clientHeight} ${e.scrollLeft} ${e.scrollTop}`;
      }
      return s;
    };
    const rects = new Map();
    const rectOfElement = (e) => rects.get(e) || rects.set(e, e.getBoundingClientRect()).get(e);
    const rectOf = (e, origin) => {
      const r = rectOfElement(e);
      return `${r.x - origin.x} ${r.y - origin.y} ${r.width} ${r.height}`;
    };
    const chain = (e) => {
      const parts = [];
      for (let a = e; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        parts.push(startTag(a) + cs.display + cs.visibility + cs.contentVisibility);
      }
      return parts.join('');
    };
    const grow = (r, by) => ({ left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by, width: r.width + 2 * by, height: r.height + 2 * by });
    const overlaps = (a, b) => a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0 &&
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const targetsOf = (e) => {
      const found = [];
      for (const attr of IDREFS) {
        const v = e.getAttribute(attr);
        if (v) {
          for (const id of v.split(/\s+/).filter(Boolean)) {
            const t = e.getRootNode().getElementById ? e.getRootNode().getElementById(id) : document.getElementById(id);
            if (t) { found.push([attr, t]); }
          }
        }
      }
      const href = e.getAttribute('href') || e.getAttribute('xlink:href');
      if (href && href.startsWith('#') && href.length > 1) {
        let id = href.slice(1);
        try { id = decodeURIComponent(id); } catch (err) { }
        const t = document.getElementById(id) || document.getElementsByName(id)[0];
        if (t) { found.push(['href', t]); }
      }
      const usemap = e.getAttribute('usemap');
      if (usemap && usemap.startsWith('#')) {
        const t = document.querySelector(`map[name="${CSS.escape(usemap.slice(1))}"]`);
        if (t) { found.push(['usemap', t]); }
      }
      return found;
    };

    // Candidate regions: outermost header/navigation/footer landmarks outside main content, large enough to matter.
    const all = [...document.querySelectorAll('*')];
    const referrers = [...document.querySelectorAll(REF_SELECTOR)];
    const candidates = [...document.querySelectorAll(REGIONS)].filter(el =>
      !(el.parentElement && el.parentElement.closest(REGIONS)) && !el.closest('main, [role="main"]'));
    const regions = [];
    for (const el of candidates) {
      const inside = [el, ...el.querySelectorAll('*')];
      if (inside.length < shared.minElements || el.querySelector(UNCACHEABLE) || inside.some(e => e.shadowRoot) ||
          el.contains(document.activeElement)) {
        continue;
      }

      const box = rectOfElement(el);
      const ancestors = new Set();
      for (let a = el.parentElement; a; a = a.parentElement) { ancestors.add(a); }
      const outside = all.filter(e => !ancestors.has(e) && !el.contains(e));
      if (outside.some(e => overlaps(rectOfElement(e), box))) {
        continue;
      }

      // Target spacing looks up to 24px around each target: with nothing outside that close, it is page-local too.
      const isolated = !outside.some(e => overlaps(rectOfElement(e), grow(box, 24)));
      const parts = [shared.salt, innerWidth, innerHeight, devicePixelRatio, document.compatMode, box.x, box.y < 0, isolated, el.outerHTML];
      for (const e of inside) { parts.push(styleOf(e) + '@' + rectOf(e, box)); }
      for (const a of ancestors) {
        const r = rectOfElement(a);
        const covers = r.left <= box.left && r.top <= box.top && r.right >= box.right && r.bottom >= box.bottom;
        parts.push(startTag(a) + styleOf(a) + '@' + (covers ? 'covers' : rectOf(a, box)));
      }

      // What the region points at outside itself, and what outside points into it.
      for (const e of inside) {
        for (const [attr, t] of targetsOf(e)) {
          if (!el.contains(t)) {
            parts.push('out ' + attr + ' ' + (attr === 'href' ? startTag(t) : t.outerHTML) + chain(t));
          }
        }
      }
      for (const e of referrers) {
        if (!el.contains(e)) {
          for (const [attr, t] of targetsOf(e)) {
            if (el.contains(t)) {
              parts.push('in ' + attr + ' ' + e.outerHTML + chain(e));
            }
          }
        }
      }

      regions.push({ element: el, isolated, key: hash(parts.join('\u0001')) });
    }

    // The path of an element inside a region, as child indexes from the region's root; ancestors as "^n".
    const pathOf = (root, e) => {
      if (root.contains(e)) {
        const steps = [];
        for (let x = e; x !== root; x = x.parentElement) { steps.push([...x.parentElement.children].indexOf(x)); }
        return steps.reverse().join('.');
      }
      let n = 0;
      for (let a = root; a; a = a.parentElement, n++) { if (a === e) { return '^' + n; } }
      return null;
    };
    const resolve = (root, path) => {
      if (path.startsWith('^')) {
        let a = root;
        for (let n = Number(path.slice(1)); n > 0 && a; n--) { a = a.parentElement; }
        return a;
      }
      let e = root;
      for (const i of path === '' ? [] : path.split('.').map(Number)) { e = e && e.children[i]; }
      return e;
    };

    const rules = axe._audit.rules;
    const SPACING = 'target-size';
    const global = new Set([SPACING]);
    for (const rule of rules) {
      const checks = [...(rule.any || []), ...(rule.all || []), ...(rule.none || [])];
      if (rule.pageLevel || checks.some(c => axe._audit.checks[c.id || c] && axe._audit.checks[c.id || c].after)) {
        global.add(rule.id);
      }
    }

    const reused = [];
    const learning = [];
    for (const region of regions) {
      const entry = shared.known[region.key];
      if (entry) {
        reused.push(Object.assign(region, { entry: JSON.parse(entry) }));
      } else if (shared.learn) {
        learning.push(Object.assign(region, { applicable: {} }));
      }
    }

    const local = (id, region) => !global.has(id) || (id === SPACING && region.isolated);

    // Page-local rules skip re-used regions; while learning a region, count the nodes each rule checks in it.
    const patched = [];
    for (const rule of rules) {
      if (global.has(rule.id) && rule.id !== SPACING) { continue; }
      const own = Object.prototype.hasOwnProperty.call(rule, 'matches');
      const original = rule.matches;
      patched.push([rule, own, original]);
      rule.matches = function (node, vNode, context) {
        if (node && reused.some(r => local(rule.id, r) && r.element.contains(node))) { return false; }
        const ok = original.call(this, node, vNode, context);
        if (ok && node) {
          const region = learning.find(r => local(rule.id, r) && r.element.contains(node));
          if (region) { region.applicable[rule.id] = (region.applicable[rule.id] || 0) + 1; }
        }
        return ok;
      };
    }

    let result;
    try {
      result = await axe.run(document, Object.assign({}, run, { elementRef: true }));
    } finally {
      for (const [rule, own, original] of patched) {
        if (own) { rule.matches = original; } else { delete rule.matches; }
      }
    }

    const order = new Map(rules.map((r, i) => [r.id, i]));
    const byType = { violations: result.violations, incomplete: result.incomplete };

    // Learn: per page-local rule, how many nodes of the region it checked and which failed or need review.
    const learned = [];
    for (const region of learning) {
      const entry = { key: region.key, rules: {} };
      let cacheable = true;
      for (const [type, list] of Object.entries(byType)) {
        for (const ruleResult of list) {
          if (!local(ruleResult.id, region)) { continue; }
          for (const node of ruleResult.nodes) {
            if (!node.element || !region.element.contains(node.element)) { continue; }
            const related = [];
            for (const check of [...node.any, ...node.all, ...node.none]) {
              for (const rel of check.relatedNodes || []) {
                const path = rel.element ? pathOf(region.element, rel.element) : null;
                if (path === null) { cacheable = false; }
                related.push(path);
              }
            }
            const stored = entry.rules[ruleResult.id] || (entry.rules[ruleResult.id] = {
              meta: { id: ruleResult.id, impact: null, tags: ruleResult.tags, description: ruleResult.description, help: ruleResult.help, helpUrl: ruleResult.helpUrl },
              applicable: 0, violations: [], incomplete: [],
            });
            const copy = JSON.parse(JSON.stringify(node, (k, v) => k === 'element' ? undefined : v));
            stored[type].push({ path: pathOf(region.element, node.element), related, node: copy });
          }
        }
      }
      for (const [id, count] of Object.entries(region.applicable)) {
        (entry.rules[id] || (entry.rules[id] = { meta: null, applicable: 0, violations: [], incomplete: [] })).applicable = count;
      }
      if (cacheable) { learned.push(JSON.stringify(entry)); }
    }

    // Re-use: add the region's stored results, re-targeted on this page (selectors depend on the whole page).
    if (reused.length > 0) {
      axe.setup(document);
      try {
        for (const region of reused) {
          const dq = (path) => {
            const e = resolve(region.element, path);
            const json = new axe.utils.DqElement(e, run).toJSON();
            return { e, html: json.source, target: json.selector };
          };
          for (const [id, stored] of Object.entries(region.entry.rules)) {
            for (const type of ['violations', 'incomplete']) {
              if (stored[type].length === 0) { continue; }
              let ruleResult = byType[type].find(x => x.id === id);
              if (!ruleResult) {
                ruleResult = Object.assign({}, stored.meta, { nodes: [] });
                byType[type].push(ruleResult);
              }
              // axe lists nodes in document order (a frame's nodes where the frame is): the region's nodes go
              // before the first node that follows it.
              const placeOf = (n) => {
                if (n.element) { return n.element; }
                const frame = Array.isArray(n.target) && n.target.length > 1 && typeof n.target[0] === 'string' ? n.target[0] : null;
                try { return frame ? document.querySelector(frame) : null; } catch (err) { return null; }
              };
              const follows = (n) => {
                const place = placeOf(n);
                return !place || (region.element.compareDocumentPosition(place) & Node.DOCUMENT_POSITION_FOLLOWING);
              };
              let at = ruleResult.nodes.findIndex(follows);
              if (at < 0) { at = ruleResult.nodes.length; }
              for (const item of stored[type]) {
                // The entry was parsed for this scan alone, so its nodes can be completed in place.
                const node = item.node;
                const self = dq(item.path);
                node.element = self.e;
                node.html = self.html;
                node.target = self.target;
                let i = 0;
                for (const check of [...node.any, ...node.all, ...node.none]) {
                  for (const rel of check.relatedNodes || []) {
                    const again = dq(item.related[i++]);
                    rel.html = again.html;
                    rel.target = again.target;
                  }
                }
                ruleResult.nodes.splice(at++, 0, node);
              }
            }
            const passed = stored.applicable - stored.violations.length - stored.incomplete.length;
            if (stored.applicable > 0) {
              result.inapplicable = result.inapplicable.filter(x => x.id !== id);
            }
            if (passed > 0 && !result.passes.some(x => x.id === id)) {
              result.passes.push({ id });
            }
          }
        }
      } finally {
        axe.teardown();
      }

      const impacts = ['minor', 'moderate', 'serious', 'critical'];
      for (const list of Object.values(byType)) {
        for (const ruleResult of list) {
          ruleResult.impact = ruleResult.nodes.map(n => n.impact).filter(Boolean)
            .sort((a, b) => impacts.indexOf(b) - impacts.indexOf(a))[0] || ruleResult.impact || null;
        }
        list.sort((a, b) => order.get(a.id) - order.get(b.id));
      }
      // Passes keep axe's rule order.
      result.passes.sort((a, b) => order.get(a.id) - order.get(b.id));
    }

    return finish(result, { learned, reused: reused.map(r => r.key) });
  }
}
