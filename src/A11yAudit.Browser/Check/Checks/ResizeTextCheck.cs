namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 1.4.4 Resize Text (failure F69): text enlarged to 200% must not be cut off. Browsers' text-only
/// zoom cannot be driven from a script, so the check emulates it: every element's computed font size and
/// line height are doubled as inline !important values (computed first, so nested sizes do not compound,
/// and em/rem lengths grow with them as in text zoom). Text newly cut off by a box that hides overflow is a
/// violation; text cut short with an ellipsis or spilling out of a fixed-height box is needs-review.
/// The original style attributes are put back afterwards.
/// </summary>
public sealed class ResizeTextCheck : IPageCheck
{
    /// <summary>1.4.4: text can be resized up to 200 percent.</summary>
    public const double Scale = 2.0;

    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html";

    private const string Apply = """
        const els = [document.documentElement, ...document.body.querySelectorAll('*'), document.body];
        const sizes = els.map(e => { const cs = getComputedStyle(e); return [parseFloat(cs.fontSize), cs.lineHeight]; });
        const saved = els.map(e => e.getAttribute('style'));
        els.forEach((e, i) => {
          const [size, lh] = sizes[i];
          if (!e.style) return;
          if (size > 0) e.style.setProperty('font-size', (size * SCALE) + 'px', 'important');
          if (lh.endsWith('px')) e.style.setProperty('line-height', (parseFloat(lh) * SCALE) + 'px', 'important');
        });
        // Reading the attribute first makes Chromium write the CSSOM change into it; removing an unsynchronised one leaves style="".
        return () => els.forEach((e, i) => { e.getAttribute('style'); if (saved[i] === null) e.removeAttribute('style'); else e.setAttribute('style', saved[i]); });
        """;

    private static readonly string Script = TextClipping.Script(Apply.Replace("SCALE", Scale.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    public string Id => "resize-text";

    public string Help => "Text enlarged to 200% must not be cut off or overlap other content";

    public IReadOnlyList<string> WcagCriteria { get; } = ["1.4.4"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Core.Model.Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var measured = await TextClipping.MeasureAsync(context.Page, Script, "text at 200%", cancellationToken).ConfigureAwait(false);
        return TextClipping.Findings(this, context.Viewport,
            "People with low vision enlarge text to 200%. Boxes with a fixed size that hide overflow cut the enlarged text off.",
            HelpUrl, measured);
    }
}
