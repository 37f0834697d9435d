using A11yAudit.Reports.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace A11yAudit.Reports.Html;

/// <summary>Parses <c>index.sbn</c> from a template folder and renders it over a <see cref="ReportModel"/>.</summary>
internal static class ScribanHtmlEngine
{
    public const string IndexTemplate = "index.sbn";

    public static string Render(RootedTemplateLoader loader, ReportModel model, CancellationToken cancellationToken)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(loader, model, text, cancellationToken);
        return text.ToString();
    }

    /// <summary>Renders straight into <paramref name="output"/>: a 5,000-page report is never held as one string.</summary>
    public static void Render(RootedTemplateLoader loader, ReportModel model, TextWriter output, CancellationToken cancellationToken)
    {
        if (!loader.TryResolve(IndexTemplate, out var indexPath, out var error))
        {
            throw new ReportTemplateException($"The report template folder has no usable {IndexTemplate}: {error}", IndexTemplate, null, null);
        }

        var template = Template.Parse(RootedTemplateLoader.Read(indexPath), indexPath);
        if (template.HasErrors)
        {
            throw TemplateErrors.FromParse(loader, template.Messages);
        }

        var context = new HtmlTemplateContext(TemplateBuiltins.Create())
        {
            TemplateLoader = loader,
            CancellationToken = cancellationToken,
        };

        var globals = new ScriptObject();
        globals.Import(model, renamer: context.MemberRenamer);
        context.PushGlobal(globals);
        context.PushOutput(new TextWriterOutput(output));

        try
        {
            template.Render(context);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException ex)
        {
            throw TemplateErrors.FromRuntime(loader, ex);
        }
    }
}
