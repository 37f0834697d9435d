using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Typography that makes body text hard to read, beyond what WCAG A/AA requires (so needs-review and
/// best practice): small body text, justified paragraphs, long passages in capitals or italics, very long
/// lines and cramped line height. One in-page pass measures every block of text; each node says which kind
/// of problem it is in its evidence.
/// </summary>
public sealed class TypographyCheck : IPageCheck
{
    /// <summary>Below this (px) paragraph text is small on a phone; the NHS and GOV.UK design systems use 16px or more for body text.</summary>
    public const double SmallTextPx = 14;

    /// <summary>A sentence or more: shorter text (tags, captions, labels) may be small by design.</summary>
    public const int SmallTextMinChars = 40;

    /// <summary>Justified text of a few lines gets uneven word gaps ("rivers") that slow dyslexic readers (WCAG 1.4.8 asks for no justification).</summary>
    public const int JustifiedMinChars = 200;

    /// <summary>More than a short heading in capitals is slower to read: word shapes are lost (GOV.UK and NHS style: avoid block capitals).</summary>
    public const int CapitalsMinLetters = 40;

    /// <summary>A sentence or more of italics is harder to read (NHS style guide: avoid italics).</summary>
    public const int ItalicMinChars = 80;

    /// <summary>Characters per line above which lines are hard to track back along; WCAG 1.4.8 (AAA) asks for 80, typographers 45–75.</summary>
    public const int LongLineChars = 95;

    /// <summary>Line height under 1.2 times the font size is cramped for running text; WCAG 1.4.8 (AAA) asks for 1.5.</summary>
    public const double CrampedLineHeight = 1.2;

    private const int PerKind = 5;

    private const string HelpUrl = "https://service-manual.nhs.uk/design-system/styles/typography";

    private const string Body = """
        const t = arg;
        const out = [];
        if (!document.body) return '[]';
        const skip = 'script, style, noscript, template, svg, math, pre, code, kbd, samp, textarea, select, option, button, input';
        const isInline = cs => cs.display === 'inline' || cs.display === 'contents';
        const ownText = el => Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.data).join('').replace(/\s+/g, ' ').trim();
        const inlineText = el => {
          let s = '';
          for (const n of el.childNodes) {
            if (n.nodeType === 3) s += n.data;
            else if (n.nodeType === 1 && !n.matches(skip) && isInline(getComputedStyle(n))) s += inlineText(n);
          }
          return s;
        };
        const add = (el, kind, summary, evidence) => out.push({ el, kind, summary, evidence: Object.assign({ kind }, evidence) });
        const blocks = new Set();
        const flagged = new Map();
        for (const el of document.body.querySelectorAll('*')) {
          if (el.matches(skip) || el.closest(skip)) continue;
          const own = ownText(el);
          if (!own) continue;
          const cs = getComputedStyle(el);
          let block = el;
          while (block !== document.body && isInline(getComputedStyle(block))) block = block.parentElement;
          blocks.add(block);
          const letters = own.replace(/[^A-Za-z]/g, '');
          const upper = letters.replace(/[^A-Z]/g, '').length;
          const parentFlag = flagged.get(el.parentElement) || '';
          if (letters.length >= t.capitalsMinLetters && (cs.textTransform === 'uppercase' || upper / letters.length >= 0.9) && !parentFlag.includes('capitals')) {
            flagged.set(el, parentFlag + ' capitals');
            add(el, 'capitals', `${letters.length} letters in capitals${cs.textTransform === 'uppercase' ? ' (text-transform: uppercase)' : ''}. Long runs of capitals are slower to read because word shapes are lost.`,
              { letters: String(letters.length), textTransform: cs.textTransform, text: excerpt(own, 80) });
          }
          if (own.length >= t.italicMinChars && (cs.fontStyle === 'italic' || cs.fontStyle.startsWith('oblique')) && !parentFlag.includes('italic')) {
            flagged.set(el, (flagged.get(el) || parentFlag) + ' italic');
            add(el, 'italic', `${own.length} characters in italics. Long passages in italics are harder to read, especially for dyslexic readers.`,
              { chars: String(own.length), fontStyle: cs.fontStyle, text: excerpt(own, 80) });
          }
        }
        const canvas = document.createElement('canvas').getContext('2d');
        for (const b of blocks) {
          const text = inlineText(b).replace(/\s+/g, ' ').trim();
          if (text.length < t.smallTextMinChars) continue;
          const cs = getComputedStyle(b);
          const size = parseFloat(cs.fontSize);
          const common = { fontSize: cs.fontSize, chars: String(text.length), text: excerpt(text, 80) };
          if (size < t.smallTextPx) {
            add(b, 'small-text', `Body text is ${px(size)}px. Text under ${t.smallTextPx}px is hard to read on a phone; the NHS and GOV.UK use 16px or more for body text.`, common);
          }
          if (cs.textAlign.startsWith('justify') && text.length >= t.justifiedMinChars) {
            add(b, 'justified', `A ${text.length}-character passage is justified. Uneven gaps between words make it harder to read for dyslexic readers.`, Object.assign({ textAlign: cs.textAlign }, common));
          }
          const lh = parseFloat(cs.lineHeight);
          const r = b.getBoundingClientRect();
          if (cs.lineHeight !== 'normal' && lh / size < t.crampedLineHeight && r.height >= 2 * lh && text.length >= 80) {
            add(b, 'cramped-line-height', `Line height is ${px(lh / size)} times the font size. Running text needs at least ${t.crampedLineHeight} (WCAG 1.4.8 suggests 1.5).`, Object.assign({ lineHeight: cs.lineHeight, lineHeightRatio: str(lh / size) }, common));
          }
          if (text.length >= 2 * t.longLineChars) {
            canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            const avg = canvas.measureText(text.slice(0, 500)).width / Math.min(text.length, 500);
            const perLine = avg > 0 ? b.clientWidth / avg : 0;
            if (perLine > t.longLineChars) {
              add(b, 'long-lines', `Lines are about ${Math.round(perLine)} characters long. Over ${t.longLineChars} characters, readers lose their place moving to the next line; aim for 45 to 75.`, Object.assign({ charsPerLine: String(Math.round(perLine)), width: str(b.clientWidth) }, common));
            }
          }
        }
        const counts = {};
        return JSON.stringify(out.filter(o => shown(o.el) && !visuallyHidden(o.el)).filter(o => (counts[o.kind] = (counts[o.kind] || 0) + 1) <= t.perKind)
          .map(o => ({ selector: sel(o.el), html: html(o.el), summary: o.summary, kind: o.kind, outcome: 'needsReview', evidence: o.evidence })));
        """;

    private static readonly string Script = ElementScripts.Function(Body);

    public string Id => "typography";

    public string Help => "Body text should be large enough, left-aligned, in sentence case, not italic, with comfortable line length and spacing";

    public IReadOnlyList<string> WcagCriteria { get; } = [];

    public CheckCost Cost => CheckCost.Cheap;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = await context.Page.EvaluateAsync<string>(Script, new
        {
            smallTextPx = SmallTextPx,
            smallTextMinChars = SmallTextMinChars,
            justifiedMinChars = JustifiedMinChars,
            capitalsMinLetters = CapitalsMinLetters,
            italicMinChars = ItalicMinChars,
            longLineChars = LongLineChars,
            crampedLineHeight = CrampedLineHeight,
            perKind = PerKind,
        }).WaitAsync(cancellationToken).ConfigureAwait(false);
        var measured = MeasuredElement.ParseList(json);
        if (measured.Count == 0)
        {
            return [];
        }

        var kinds = string.Join(", ", measured.Select(m => m.Kind).Distinct());
        return [OwnFinding.Create(this, context.Viewport, FindingOutcome.NeedsReview, Impact.Moderate,
            $"Text on this page may be hard to read ({kinds}). Dyslexic, low-vision and less confident readers are slowed down or give up.",
            HelpUrl, measured.Select(m => m.ToNode()))];
    }
}
