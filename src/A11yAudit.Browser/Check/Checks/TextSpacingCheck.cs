namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 1.4.12 Text Spacing: with line height 1.5, letter spacing 0.12em, word spacing 0.16em and 2em
/// after paragraphs (the criterion's values, applied with !important as the W3C-referenced text spacing
/// bookmarklet does), no text may be cut off. Newly clipped text is a violation; ellipsis truncation and
/// text spilling out of a fixed-height box are needs-review. The style sheet is added as a constructed sheet (not blocked by a Content-Security-Policy) and removed afterwards.
/// </summary>
public sealed class TextSpacingCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html";

    private const string Apply = """
        return adoptSheet('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
        """;

    private static readonly string Script = TextClipping.Script(Apply);

    public string Id => "text-spacing";

    public string Help => "Text must not be cut off when line, letter, word and paragraph spacing are increased";

    public IReadOnlyList<string> WcagCriteria { get; } = ["1.4.12"];

    public CheckCost Cost => CheckCost.Costly;

    public async Task<IReadOnlyList<Core.Model.Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var measured = await TextClipping.MeasureAsync(context.Page, Script, "WCAG text spacing", cancellationToken).ConfigureAwait(false);
        return TextClipping.Findings(this, context.Viewport,
            "People with dyslexia or low vision increase spacing to read. Boxes with a fixed size that hide overflow cut the spaced-out text off.",
            HelpUrl, measured);
    }
}
