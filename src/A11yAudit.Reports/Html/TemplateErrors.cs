using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace A11yAudit.Reports.Html;

/// <summary>
/// Turns Scriban's errors into <see cref="ReportTemplateException"/>s that read like compiler errors
/// ("partials/summary.sbn:3:12: ..."), with paths relative to the template folder.
/// </summary>
internal static class TemplateErrors
{
    // Scriban reports every consequence of one typo; the first few are the useful ones.
    private const int MaxMessages = 5;

    public static ReportTemplateException FromParse(RootedTemplateLoader loader, IEnumerable<LogMessage> messages, Exception? inner = null)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        if (errors.Count == 0)
        {
            errors = messages.ToList();
        }

        var lines = errors.Take(MaxMessages).Select(m => $"{Location(loader, m.Span)}: {m.Message}").ToList();
        if (errors.Count > MaxMessages)
        {
            lines.Add($"... and {errors.Count - MaxMessages} more.");
        }

        var first = errors.FirstOrDefault();
        return new ReportTemplateException(
            $"Report template syntax error (template folder {loader.Root}):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", lines),
            first is null ? null : loader.Display(first.Span.FileName),
            first is null ? null : first.Span.Start.Line + 1,
            first is null ? null : first.Span.Start.Column + 1,
            inner);
    }

    public static ReportTemplateException FromRuntime(RootedTemplateLoader loader, ScriptRuntimeException exception)
    {
        if (exception is ScriptParserRuntimeException { ParserMessages.Count: > 0 } parse)
        {
            // An included template that does not parse: point at the partial, not at the include line.
            return FromParse(loader, parse.ParserMessages, exception);
        }

        var span = exception.Span;
        return new ReportTemplateException(
            $"Report template error (template folder {loader.Root}):{Environment.NewLine}  {Location(loader, span)}: {exception.OriginalMessage}",
            loader.Display(span.FileName),
            span.Start.Line + 1,
            span.Start.Column + 1,
            exception);
    }

    /// <summary>file:line:column, 1-based, as editors and terminals link them.</summary>
    private static string Location(RootedTemplateLoader loader, SourceSpan span) =>
        $"{loader.Display(span.FileName)}:{span.Start.Line + 1}:{span.Start.Column + 1}";
}
