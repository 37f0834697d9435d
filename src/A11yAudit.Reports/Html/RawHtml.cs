namespace A11yAudit.Reports.Html;

/// <summary>
/// Markup that must be written as is. Only trusted code makes one (the <c>raw</c> and <c>svg_*</c> helpers,
/// include results, <c>html.escape</c>), so any other value reaching the output is page data and is escaped.
/// </summary>
internal sealed class RawHtml(string value)
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}
