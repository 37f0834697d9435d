using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 1.4.1 Use of Color, for the states axe does not test (axe's link-in-text-block covers links in
/// text): error messages shown only in red, fields marked invalid only by a red border, and required
/// fields marked only by a red label. Whether the colour really is the only cue needs a person (the
/// wording may make the state clear), so every finding is needs-review.
/// </summary>
public sealed class ColourAloneCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/use-of-color.html";

    private const string Body = """
        if (!document.body) return '[]';
        // Red: hue within 20° of 0, saturated enough to read as red rather than brown or grey.
        const isRed = c => {
          const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(c || '');
          if (!m || (m[4] !== undefined && +m[4] < 0.3)) return false;
          const [r, g, b] = [+m[1] / 255, +m[2] / 255, +m[3] / 255];
          const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2, d = max - min;
          if (d < 0.25 || max !== r) return false;
          const s = d / (1 - Math.abs(2 * l - 1));
          let h = 60 * (((g - b) / d) % 6); if (h < 0) h += 360;
          return s >= 0.45 && (h <= 20 || h >= 340);
        };
        const words = /\b(error|errors|problem|warning|invalid|incorrect|required|must|cannot|can't|failed|missing|not valid|not allowed|too (long|short|many|few))\b/i;
        const fields = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), select, textarea';
        const iconIn = el => !!el.querySelector('img, svg, [class*=icon i]') || ['::before', '::after'].some(p => { const c = getComputedStyle(el, p).content; return c && c !== 'none' && c !== 'normal' && c !== '""'; }) || getComputedStyle(el).backgroundImage !== 'none';
        const cueBorder = el => {
          for (let n = el, i = 0; n && n !== document.body && i < 3; n = n.parentElement, i++) {
            const cs = getComputedStyle(n);
            if ((parseFloat(cs.borderLeftWidth) >= 3 && cs.borderLeftStyle !== 'none') || parseFloat(cs.outlineWidth) >= 2 && cs.outlineStyle !== 'none') return true;
          }
          return false;
        };
        const byIds = ids => (ids || '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)).filter(Boolean);
        const out = [];
        const seen = new Set();

        // 1. Error messages: class or id says error/invalid, or a field points at them as its error or description.
        const candidates = new Set(document.querySelectorAll('[class*=error i], [id*=error i], [class*=invalid i]'));
        for (const f of document.querySelectorAll('[aria-invalid=true]')) {
          byIds(f.getAttribute('aria-errormessage')).forEach(e => candidates.add(e));
          byIds(f.getAttribute('aria-describedby')).forEach(e => candidates.add(e));
        }
        const messages = Array.from(candidates).filter(el =>
          !el.matches(fields) && !el.querySelector(fields) && !el.matches('form, fieldset, body, html')
          && textOf(el) && shown(el) && !visuallyHidden(el));
        for (const el of messages) {
          if (messages.some(o => o !== el && el.contains(o))) continue;
          const cs = getComputedStyle(el);
          if (!isRed(cs.color)) continue;
          const visible = textOf(el);
          const bold = parseInt(cs.fontWeight, 10) >= 600;
          if (words.test(visible) || bold || iconIn(el) || cueBorder(el)) continue;
          seen.add(el);
          out.push({ el, kind: 'error-colour-only', summary: `This message is shown in red (${cs.color}) with no icon, bold text, border or word such as "Error" to mark it as an error. People who cannot see red may read it as ordinary text.`,
            evidence: { color: cs.color, fontWeight: cs.fontWeight, text: excerpt(visible, 100) } });
        }

        // 2. Fields marked invalid only by a red border, with no error text tied to them.
        for (const f of document.querySelectorAll(fields)) {
          if (!shown(f)) continue;
          const invalid = f.getAttribute('aria-invalid') === 'true' || /error|invalid/i.test(f.className);
          if (!invalid) continue;
          const cs = getComputedStyle(f);
          if (!isRed(cs.borderTopColor) && !isRed(cs.borderLeftColor) && !isRed(cs.outlineColor)) continue;
          const described = [...byIds(f.getAttribute('aria-errormessage')), ...byIds(f.getAttribute('aria-describedby'))].some(e => textOf(e) && shown(e));
          const group = f.closest('fieldset, [class*=group i], [class*=field i], p, li, div');
          const nearby = group && messages.some(m => group.contains(m));
          if (described || nearby) continue;
          out.push({ el: f, kind: 'field-colour-only', summary: 'This field is marked as invalid only by a red border. Say what is wrong in text next to the field and link it with aria-describedby.',
            evidence: { borderColor: cs.borderTopColor, ariaInvalid: String(f.getAttribute('aria-invalid')) } });
        }

        // 3. Required fields marked only by a red label.
        const labelOf = f => {
          const ids = byIds(f.getAttribute('aria-labelledby'));
          if (ids.length) return ids[0];
          if (f.id) { const l = document.querySelector(`label[for="${CSS.escape(f.id)}"]`); if (l) return l; }
          return f.closest('label') || (f.closest('fieldset') && f.closest('fieldset').querySelector('legend'));
        };
        const bodyColour = getComputedStyle(document.body).color;
        for (const f of document.querySelectorAll(fields)) {
          if (!(f.required || f.getAttribute('aria-required') === 'true') || !shown(f)) continue;
          const label = labelOf(f);
          if (!label || seen.has(label)) continue;
          const lcs = getComputedStyle(label);
          const text = textOf(label);
          if (!isRed(lcs.color) || isRed(bodyColour) || /\*|required|must|mandatory|\(optional\)/i.test(text)) continue;
          seen.add(label);
          out.push({ el: label, kind: 'required-colour-only', summary: `This field is required, and its label is shown in red (${lcs.color}) with no asterisk or word to say so.`,
            evidence: { color: lcs.color, text: excerpt(text, 100) } });
        }
        return JSON.stringify(out.map(o => ({ selector: sel(o.el), html: html(o.el), summary: o.summary, kind: o.kind, outcome: 'needsReview', evidence: Object.assign({ kind: o.kind }, o.evidence) })));
        """;

    private static readonly string Script = ElementScripts.Function(Body);

    public string Id => "colour-alone";

    public string Help => "Errors and required fields must not be shown by colour alone";

    public IReadOnlyList<string> WcagCriteria { get; } = ["1.4.1"];

    public CheckCost Cost => CheckCost.Cheap;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = await context.Page.EvaluateAsync<string>(Script).WaitAsync(cancellationToken).ConfigureAwait(false);
        var measured = MeasuredElement.ParseList(json);
        return measured.Count == 0 ? [] : [OwnFinding.Create(this, context.Viewport, FindingOutcome.NeedsReview, Impact.Serious,
            "Some information seems to be given only by colour. People with colour-vision deficiency, and screen reader users, may miss that something is wrong or required.",
            HelpUrl, measured.Select(m => m.ToNode()))];
    }
}
