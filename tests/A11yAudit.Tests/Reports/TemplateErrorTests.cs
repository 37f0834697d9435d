using A11yAudit.Reports.Html;

namespace A11yAudit.Tests.Reports;

/// <summary>Template mistakes are reported as file:line:column, for the person restyling the report.</summary>
[TestFixture]
public sealed class TemplateErrorTests
{
    [Test]
    public void A_syntax_error_in_index_names_file_line_and_column()
    {
        using var folder = new TemplateFolder("<p>fine</p>\n<p>{{ if }}</p>\n");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("index.sbn:2:"));
        Assert.That(ex.Message, Does.Contain("syntax error"));
        Assert.That(ex.TemplateFile, Is.EqualTo("index.sbn"));
        Assert.That(ex.Line, Is.EqualTo(2));
        Assert.That(ex.Column, Is.GreaterThan(0));
    }

    [Test]
    public void A_syntax_error_in_a_partial_points_at_the_partial()
    {
        using var folder = new TemplateFolder("{{ include \"partials/bad.sbn\" }}");
        folder.Write("partials/bad.sbn", "one\ntwo\n{{ for x in }}\n");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("partials/bad.sbn:3:"));
        Assert.That(ex.TemplateFile, Is.EqualTo("partials/bad.sbn"));
        Assert.That(ex.Line, Is.EqualTo(3));
    }

    [Test]
    public void A_misspelt_variable_is_an_error_not_an_empty_section()
    {
        using var folder = new TemplateFolder("ok\n{{ sumary.pages_visited }}");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("index.sbn:2:4").And.Contain("sumary"));
    }

    [Test]
    public void The_message_has_no_stack_trace()
    {
        using var folder = new TemplateFolder("{{ if }}");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Not.Contain(" at Scriban."));
        Assert.That(ex.Message, Does.Not.Contain(" at A11yAudit."));
    }

    [Test]
    public void A_template_saved_with_windows_line_ends_reports_the_right_line()
    {
        using var folder = new TemplateFolder("a\r\nb\r\n{{ if }}\r\n");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Line, Is.EqualTo(3));
    }

    [Test]
    public void A_folder_without_index_sbn_is_reported()
    {
        using var folder = new TemplateFolder("");
        File.Delete(Path.Join(folder.Templates, "index.sbn"));

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("\"index.sbn\" was not found"));
    }

    [Test]
    public void A_missing_template_folder_is_reported()
    {
        var missing = Path.Join(Path.GetTempPath(), "a11yaudit-no-such-templates-" + Guid.NewGuid().ToString("N"));
        using var output = new TempDirectory();

        var ex = Assert.ThrowsAsync<ReportTemplateException>(() => new HtmlReportRenderer(missing).RenderAsync(TestAudits.Results(), output.Path));

        Assert.That(ex!.Message, Does.Contain(missing).And.Contain("does not exist"));
    }

    [Test]
    public async Task A_template_error_leaves_an_earlier_report_untouched()
    {
        using var folder = new TemplateFolder("{{ if }}");
        using var output = new TempDirectory();
        var earlier = output.Write("index.html", "earlier report");

        Assert.ThrowsAsync<ReportTemplateException>(() => new HtmlReportRenderer(folder.Templates).RenderAsync(TestAudits.Results(), output.Path));

        Assert.That(await File.ReadAllTextAsync(earlier), Is.EqualTo("earlier report"));
    }

    [Test]
    public void A_runtime_error_half_way_through_leaves_the_earlier_report_intact()
    {
        using var folder = new TemplateFolder("<p>written before the error</p>\n{{ sumary.pages_visited }}");
        using var output = new TempDirectory();
        var index = Path.Join(output.Path, HtmlReportRenderer.OutputFileName);
        File.WriteAllText(index, "the earlier report");

        Assert.ThrowsAsync<ReportTemplateException>(() => new HtmlReportRenderer(folder.Templates).RenderAsync(TestAudits.Results(), output.Path));

        Assert.That(File.ReadAllText(index), Is.EqualTo("the earlier report"));
        Assert.That(Directory.GetFiles(output.Path), Is.EqualTo(new[] { index }), "no half-written report left behind");
    }
}
