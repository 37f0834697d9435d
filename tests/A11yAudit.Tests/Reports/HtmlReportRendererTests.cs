using A11yAudit.Reports.Html;

namespace A11yAudit.Tests.Reports;

[TestFixture]
public sealed class HtmlReportRendererTests
{
    [Test]
    public async Task Writes_index_html_and_copies_assets()
    {
        using var output = new TempDirectory();

        var path = await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(TestAudits.Results(), output.Path);

        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo(Path.GetFullPath(Path.Join(output.Path, "index.html"))));
            Assert.That(File.Exists(path), Is.True);
            Assert.That(File.Exists(Path.Join(output.Path, "assets", "report.css")), Is.True);
            Assert.That(File.Exists(path + ".tmp"), Is.False);
        });
    }

    [Test]
    public async Task Creates_the_output_folder_and_copies_nested_assets()
    {
        using var folder = new TemplateFolder("ok");
        folder.Write("assets/report.css", "body{}");
        folder.Write("assets/img/logo.svg", "<svg/>");
        using var temp = new TempDirectory();
        var output = Path.Join(temp.Path, "new", "report");

        await new HtmlReportRenderer(folder.Templates).RenderAsync(TestAudits.Results(), output);

        Assert.That(await File.ReadAllTextAsync(Path.Join(output, "assets", "img", "logo.svg")), Is.EqualTo("<svg/>"));
        Assert.That(await File.ReadAllTextAsync(Path.Join(output, "index.html")), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Writes_utf8_without_a_byte_order_mark()
    {
        using var folder = new TemplateFolder("é – {{ target.name }}");
        using var output = new TempDirectory();

        var path = await new HtmlReportRenderer(folder.Templates).RenderAsync(TestAudits.Results(), output.Path);

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(System.Text.Encoding.UTF8.GetString(bytes), Is.EqualTo("é – Test site"));
    }

    [Test]
    public async Task The_bundled_report_is_self_contained_and_locked_down()
    {
        using var output = new TempDirectory();
        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(TestAudits.Results(), output.Path));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<html lang=\"en-GB\">"));
            Assert.That(html, Does.Contain("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'; img-src 'self' data:; style-src 'self';"));
            Assert.That(html, Does.Not.Contain("<script"), "No script at all");
            Assert.That(html, Does.Not.Contain("style=\""), "No inline styles: the CSP forbids them");
            Assert.That(html, Does.Not.Match("(src|href)=\"(https?:)?//(?!www\\.w3\\.org/|example\\.test)"), "No network resources");
            Assert.That(html, Does.Match("<link rel=\"stylesheet\" href=\"assets/report.css\">"));
            Assert.That(CountOf(html, "<h1"), Is.EqualTo(1));
            Assert.That(html, Does.Contain("<a class=\"skip-link\" href=\"#main\">"));
            Assert.That(html, Does.Contain("<main id=\"main\""));
            Assert.That(html, Does.Contain("Automated testing finds only a minority of accessibility barriers."));
        });
    }

    [Test]
    public async Task Headings_do_not_skip_levels()
    {
        using var output = new TempDirectory();
        var results = await A11yAudit.Core.Results.ResultsFile.ReadAsync(Path.Join(RepoPaths.GoldenOutput, "typical.results.json"));
        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(results, output.Path));

        var levels = System.Text.RegularExpressions.Regex.Matches(html, "<h([1-6])[ >]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.That(levels[0], Is.EqualTo(1));
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.That(levels[i], Is.LessThanOrEqualTo(levels[i - 1] + 1), $"Heading {i} jumps from h{levels[i - 1]} to h{levels[i]}");
        }
    }

    [Test]
    public async Task Every_table_has_a_caption_and_scoped_headers()
    {
        using var output = new TempDirectory();
        var results = await A11yAudit.Core.Results.ResultsFile.ReadAsync(Path.Join(RepoPaths.GoldenOutput, "typical.results.json"));
        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(results, output.Path));

        Assert.That(CountOf(html, "<table"), Is.EqualTo(CountOf(html, "<caption")));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "<th(?=[\\s>])(?![^>]*scope=)"), Is.Empty);
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var output = new TempDirectory();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(
            () => new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(TestAudits.Results(), output.Path, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Default_templates_directory_holds_the_bundled_templates()
    {
        var dir = HtmlReportRenderer.DefaultTemplatesDirectory;

        Assert.That(Path.GetFileName(dir), Is.EqualTo("report-templates"));
        Assert.That(File.Exists(Path.Join(dir, "index.sbn")), Is.True, dir);
        Assert.That(File.Exists(Path.Join(dir, "assets", "report.css")), Is.True, dir);
    }

    [Test]
    public void Rejects_empty_arguments()
    {
        Assert.That(() => new HtmlReportRenderer(" "), Throws.ArgumentException);
        Assert.That(() => new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(null!, "x"), Throws.ArgumentNullException);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
