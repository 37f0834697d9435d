namespace A11yAudit.Reports.Html;

/// <summary>
/// A report template could not be found, parsed or rendered. The message is written for the person who
/// edits templates: it names the file, line and column, and is meant to be shown without a stack trace.
/// </summary>
public sealed class ReportTemplateException : Exception
{
    public ReportTemplateException()
    {
    }

    public ReportTemplateException(string message)
        : base(message)
    {
    }

    public ReportTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ReportTemplateException(string message, string? templateFile, int? line, int? column, Exception? innerException = null)
        : base(message, innerException)
    {
        TemplateFile = templateFile;
        Line = line;
        Column = column;
    }

    /// <summary>The template at fault, relative to the template folder when it is inside it.</summary>
    public string? TemplateFile { get; }

    /// <summary>1-based line of the first error, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the first error, when known.</summary>
    public int? Column { get; }
}
