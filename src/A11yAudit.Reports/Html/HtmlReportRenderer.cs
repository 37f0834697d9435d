using System.Text;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Model;

namespace A11yAudit.Reports.Html;

/// <summary>
/// Renders an audit as a self-contained HTML report: <c>index.html</c> plus <c>assets/</c>, from a folder of
/// Scriban templates (the bundled <c>report-templates/</c> or a user's own). See docs/reports.md.
/// </summary>
public sealed class HtmlReportRenderer
{
    public const string BundledTemplatesFolderName = "report-templates";

    public const string IndexTemplateName = ScribanHtmlEngine.IndexTemplate;

    public const string OutputFileName = "index.html";

    private static readonly Lazy<string> DefaultDirectory = new(FindDefaultTemplatesDirectory);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public HtmlReportRenderer(string templatesDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templatesDirectory);
        TemplatesDirectory = Path.GetFullPath(templatesDirectory);
    }

    /// <summary>The template folder this renderer reads: <c>index.sbn</c>, <c>partials/</c>, <c>assets/</c>.</summary>
    public string TemplatesDirectory { get; }

    /// <summary>
    /// <c>report-templates/</c> beside the application (where the CLI ships it), or, when running from source,
    /// the repository's <c>report-templates/</c> found by walking up to A11yAudit.sln. When neither exists this
    /// is the path beside the application, and rendering says it is missing.
    /// </summary>
    public static string DefaultTemplatesDirectory => DefaultDirectory.Value;

    /// <summary>Writes <c>index.html</c> and <c>assets/</c> into <paramref name="outputDirectory"/>; returns the full path of index.html.</summary>
    /// <remarks>Screenshots are expected beside the report, in <c>screenshots/</c>, as the audit writes them.</remarks>
    /// <exception cref="ReportTemplateException">The templates are missing, do not parse, or fail while rendering.</exception>
    public Task<string> RenderAsync(AuditResults results, string outputDirectory, CancellationToken ct = default) =>
        RenderAsync(results, outputDirectory, resultsDirectory: null, ct);

    /// <summary>
    /// As <see cref="RenderAsync(AuditResults, string, CancellationToken)"/>, with the folder the results (and
    /// their <c>screenshots/</c>) came from: screenshots shown in the report are copied from there when the
    /// report is written elsewhere, and screenshots missing there are left out rather than shown broken.
    /// </summary>
    public async Task<string> RenderAsync(AuditResults results, string outputDirectory, string? resultsDirectory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ct.ThrowIfCancellationRequested();

        var loader = new RootedTemplateLoader(TemplatesDirectory);
        var screenshots = new ReportScreenshots(resultsDirectory ?? outputDirectory);
        var model = ReportModelBuilder.Build(results, new ReportBuildOptions { ScreenshotExists = screenshots.Exists });

        // Render to a temporary file first, so a template error leaves an earlier report intact.
        Directory.CreateDirectory(outputDirectory);
        var indexPath = Path.GetFullPath(Path.Join(outputDirectory, OutputFileName));
        var temp = indexPath + ".tmp";
        try
        {
            await using (var writer = new StreamWriter(temp, append: false, Utf8NoBom, bufferSize: 1 << 16))
            {
                ScribanHtmlEngine.Render(loader, model, writer, ct);
            }

            await TemplateAssets.CopyAsync(loader, Path.Join(outputDirectory, TemplateAssets.FolderName), ct).ConfigureAwait(false);
            await screenshots.CopyAsync(outputDirectory, ct).ConfigureAwait(false);
            File.Move(temp, indexPath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return indexPath;
    }

    /// <summary>The HTML for a model without writing anything; for tests and previews.</summary>
    internal string RenderToString(ReportModel model, CancellationToken ct = default) =>
        ScribanHtmlEngine.Render(new RootedTemplateLoader(TemplatesDirectory), model, ct);

    private static string FindDefaultTemplatesDirectory()
    {
        var beside = Path.Join(AppContext.BaseDirectory, BundledTemplatesFolderName);
        if (File.Exists(Path.Join(beside, IndexTemplateName)))
        {
            return Path.GetFullPath(beside);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Join(dir.FullName, BundledTemplatesFolderName);
            if (File.Exists(Path.Join(dir.FullName, "A11yAudit.sln")) && File.Exists(Path.Join(candidate, IndexTemplateName)))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(beside);
    }
}
