using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;

namespace A11yAudit.Cli.Commands;

/// <summary>Renders the HTML report; a template problem is reported by file and line, never as a crash.</summary>
internal static class ReportWriter
{
    /// <returns>The report's path, or null after writing the reason to <paramref name="error"/>.</returns>
    /// <param name="resultsDirectory">Where results.json and its screenshots/ are, when the report goes elsewhere; screenshots are copied along.</param>
    public static async Task<string?> WriteAsync(AuditResults results, string outputDirectory, string? templatesDirectory, TextWriter error, string? resultsDirectory = null)
    {
        try
        {
            var renderer = new HtmlReportRenderer(templatesDirectory ?? HtmlReportRenderer.DefaultTemplatesDirectory);
            return await renderer.RenderAsync(results, outputDirectory, resultsDirectory).ConfigureAwait(false);
        }
        catch (ReportTemplateException ex)
        {
            await error.WriteLineAsync("error: the report could not be rendered: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
