using A11yAudit.Reports.Html;
using A11yAudit.Reports.Model;

namespace A11yAudit.Tests.Reports;

/// <summary>A throw-away template folder for tests of the engine rather than of the bundled report.</summary>
internal sealed class TemplateFolder : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TemplateFolder(string index)
    {
        Templates = Path.Join(_dir.Path, "templates");
        Directory.CreateDirectory(Templates);
        Write("index.sbn", index);
    }

    public string Templates { get; }

    /// <summary>A sibling of the template folder, for files that must stay out of reach.</summary>
    public string Outside => _dir.Path;

    public string Write(string relativePath, string text)
    {
        var full = Path.Join(Templates, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string Render(ReportModel? model = null) =>
        new HtmlReportRenderer(Templates).RenderToString(model ?? ReportModelBuilder.Build(TestAudits.Results()));

    public void Dispose() => _dir.Dispose();
}
