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

        try
        {
            return template.Render(context);
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
