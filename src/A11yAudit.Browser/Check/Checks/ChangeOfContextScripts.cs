namespace A11yAudit.Browser.Check.Checks;

/// <summary>In-page scripts of <see cref="ChangeOfContextCheck"/>.</summary>
internal static class ChangeOfContextScripts
{
    /// <summary>Most navigate-on-change handlers act at once; this catches the ones that wait a moment.</summary>
    public const int SettleMilliseconds = 120;

    /// <summary>Controls exercised per page; a long form of radios says no more after the first few.</summary>
    public const int MaxControls = 10;

    /// <summary>
    /// Installs the recorder (form submit/requestSubmit and window.open patched to record only; every
    /// navigation the page starts recorded and cancelled through the Navigation API), lists the controls to
    /// exercise, and reports inline handlers that navigate. Returns JSON.
    /// </summary>
    public const string Install = $$"""
        (maxControls) => {
          {{InPageSelector.Functions}}
          if (window.__a11yChangeOfContext) { window.__a11yChangeOfContext.restore(); }
          const records = [];
          const saved = { submit: HTMLFormElement.prototype.submit, requestSubmit: HTMLFormElement.prototype.requestSubmit, open: window.open };
          HTMLFormElement.prototype.submit = function () { records.push({ kind: 'submit', url: this.action || location.href }); };
          HTMLFormElement.prototype.requestSubmit = function () { records.push({ kind: 'submit', url: this.action || location.href }); };
          window.open = function (url) { records.push({ kind: 'new-window', url: String(url || '') }); return null; };
          const abort = new AbortController();
          if (window.navigation) {
            window.navigation.addEventListener('navigate', e => {
              const kind = e.formData ? 'submit' : e.destination.sameDocument ? (e.navigationType === 'replace' ? 'replace-state' : 'same-document') : 'navigation';
              records.push({ kind, url: e.destination.url });
              if (e.cancelable) { e.preventDefault(); }
            }, { signal: abort.signal });
          }

          const shown = (el) => el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : !!el.getClientRects().length;
          const usable = (el) => !el.disabled && !el.closest('fieldset[disabled], [inert]') && (shown(el) || Array.from(el.labels || []).some(shown));
          const hasSubmitButton = (el) => !!el.form && !!el.form.querySelector('button:not([type]), button[type=submit], input[type=submit], input[type=image]');
          const advice = (el) => {
            const parts = [el.title || '', el.getAttribute('aria-label') || ''];
            for (const label of el.labels || []) { parts.push(label.textContent); }
            for (const id of (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)) { const d = document.getElementById(id); if (d) { parts.push(d.textContent); } }
            const legend = el.closest('fieldset') && el.closest('fieldset').querySelector('legend');
            if (legend) { parts.push(legend.textContent); }
            return parts.join(' ').replace(/\s+/g, ' ').trim();
          };
          const candidates = [];
          for (const el of document.querySelectorAll('select')) {
            if (!el.multiple && el.options.length > 1 && usable(el)) { candidates.push({ type: 'select', el }); }
          }
          const groups = new Map();
          for (const el of document.querySelectorAll('input[type=radio]')) {
            if (!usable(el)) { continue; }
            const key = (el.form ? 'f' : 'd') + '|' + el.name + '|' + (el.name ? '' : cssPath(el));
            if (!groups.has(key)) { groups.set(key, []); }
            groups.get(key).push(el);
          }
          for (const radios of groups.values()) { if (radios.length > 1) { candidates.push({ type: 'radio', el: radios.find(r => r.checked) || radios[0], radios }); } }
          for (const el of document.querySelectorAll('input[type=checkbox]')) { if (usable(el)) { candidates.push({ type: 'checkbox', el }); } }
          // Controls without a submit button are the ones that tend to act on change: try them first.
          candidates.sort((a, b) => Number(hasSubmitButton(a.el)) - Number(hasSubmitButton(b.el)));
          const controls = candidates.slice(0, maxControls);

          const navigates = /location|\.(?:request)?submit\s*\(|window\.open|href\s*=|navigat/i;
          const handlers = [];
          for (const el of document.querySelectorAll('[onchange], [oninput], [onclick], [onfocus], [onfocusin]')) {
            // Buttons are meant to act when pressed; only inputs that hold a value should not.
            if (!el.matches('select, input, textarea, form, fieldset') || el.matches('input[type=submit], input[type=button], input[type=image], input[type=reset]')) { continue; }
            for (const name of ['onchange', 'oninput', 'onclick', 'onfocus', 'onfocusin']) {
              const code = el.getAttribute(name);
              if (code && navigates.test(code)) {
                const controlIndex = controls.findIndex(c => c.el === el || (c.radios && c.radios.includes(el)));
                handlers.push({ selector: cssPath(el), html: snippet(el), attribute: name, code: code.slice(0, 200), controlIndex });
              }
            }
          }

          window.__a11yChangeOfContext = {
            records,
            controls,
            restore() {
              HTMLFormElement.prototype.submit = saved.submit;
              HTMLFormElement.prototype.requestSubmit = saved.requestSubmit;
              window.open = saved.open;
              abort.abort();
              delete window.__a11yChangeOfContext;
            },
          };
          return JSON.stringify({
            controls: controls.map(c => ({ type: c.type, selector: cssPath(c.el), html: snippet(c.el), advice: advice(c.el), hasSubmitButton: hasSubmitButton(c.el) })),
            handlers,
          });
        }
        """;

    /// <summary>
    /// Changes control <c>index</c> as a user would (a different option, radio or tick, firing input and
    /// change), waits, records what the page tried to do, then puts the original value back. Returns JSON.
    /// </summary>
    public const string Exercise = """
        async ([index, settleMs]) => {
          const state = window.__a11yChangeOfContext;
          if (!state) { return null; }
          const control = state.controls[index];
          const wait = (ms) => new Promise(r => setTimeout(r, ms));
          const fire = (el) => { el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); };
          const before = state.records.length;
          let chosen = '';
          let undo = () => {};
          if (control.type === 'select') {
            const el = control.el;
            const original = el.selectedIndex;
            const options = Array.from(el.options);
            let target = options.findIndex((o, i) => i !== original && !o.disabled && o.value !== '');
            if (target < 0) { target = options.findIndex((o, i) => i !== original && !o.disabled); }
            if (target < 0) { return JSON.stringify({ chosen: '', records: [] }); }
            chosen = options[target].textContent.trim();
            el.selectedIndex = target;
            fire(el);
            undo = () => { el.selectedIndex = original; fire(el); };
          } else if (control.type === 'radio') {
            const original = control.radios.find(r => r.checked) || null;
            const target = control.radios.find(r => !r.checked && !r.disabled);
            if (!target) { return JSON.stringify({ chosen: '', records: [] }); }
            chosen = ((target.labels && target.labels[0] && target.labels[0].textContent) || target.value || '').trim();
            target.click();
            undo = () => { if (original) { original.click(); } else { target.checked = false; fire(target); } };
          } else {
            const el = control.el;
            chosen = el.checked ? 'unticked' : 'ticked';
            el.click();
            undo = () => el.click();
          }
          await wait(settleMs);
          const records = state.records.slice(before);
          undo();
          await wait(10);
          state.records.length = before;
          return JSON.stringify({ chosen: chosen.replace(/\s+/g, ' ').slice(0, 80), records });
        }
        """;

    public const string Restore = "() => { if (window.__a11yChangeOfContext) { window.__a11yChangeOfContext.restore(); } }";
}
