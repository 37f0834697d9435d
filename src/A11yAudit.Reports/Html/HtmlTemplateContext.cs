using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace A11yAudit.Reports.Html;

/// <summary>
/// A Scriban context in which every <c>{{ value }}</c> is HTML-escaped unless it is <see cref="RawHtml"/> made
/// by trusted code. Escaping by default means a forgotten filter shows "&amp;lt;" instead of running a page's
/// script. Literal template text is written as is: it is the template author's markup.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        // 1,000+-page audits loop far beyond Scriban's default guards, and a cut report would silently hide
        // barriers: loops and string/output sizes are unbounded. Templates are the user's own, not page data.
        LoopLimit = 0;
        LoopLimitQueryable = 0;
        LimitToString = 0;
        OutputLimit = 0;

        // Includes count as recursion; 64 nested partials is far more than any layout needs and still stops a
        // partial that includes itself at once.
        RecursiveLimit = 64;

        // Snake case (page_count) is Scriban's convention; set explicitly because templates depend on it.
        MemberRenamer = StandardMemberRenamer.Default;

        // A misspelt variable is an error with file:line:col, not a silently empty section.
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;

        NewLine = "\n";
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escape(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is RawHtml raw ? raw.Value : base.ObjectToString(value, nested);

    private object? Escape(object? value) => value switch
    {
        null => null,
        RawHtml raw => raw.Value,

        // A capture block's text was escaped as it was written; escaping it again would show entities.
        IScriptOutput captured => captured.ToString(),
        _ => HtmlText.Encode(ObjectToString(value)),
    };
}
