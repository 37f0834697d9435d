using A11yAudit.Reports.Html;

namespace A11yAudit.Tests.Reports;

/// <summary>Includes stay inside the template folder, so a shared folder cannot pull other files into a report.</summary>
[TestFixture]
public sealed class TemplateLoaderTests
{
    [Test]
    public void Includes_resolve_from_the_template_folder_even_in_nested_partials()
    {
        using var folder = new TemplateFolder("[{{ include \"partials/outer.sbn\" }}]");
        folder.Write("partials/outer.sbn", "outer:{{ include \"partials/inner/leaf.sbn\" }}");
        folder.Write("partials/inner/leaf.sbn", "leaf");

        Assert.That(folder.Render(), Is.EqualTo("[outer:leaf]"));
    }

    [Test]
    public void Windows_separators_in_include_names_work()
    {
        using var folder = new TemplateFolder("{{ include \"partials\\\\p.sbn\" }}");
        folder.Write("partials/p.sbn", "ok");

        Assert.That(folder.Render(), Is.EqualTo("ok"));
    }

    [Test]
    public void Dot_dot_that_stays_inside_is_allowed()
    {
        using var folder = new TemplateFolder("{{ include \"partials/../partials/p.sbn\" }}");
        folder.Write("partials/p.sbn", "ok");

        Assert.That(folder.Render(), Is.EqualTo("ok"));
    }

    [TestCase("../secret.sbn")]
    [TestCase("partials/../../secret.sbn")]
    [TestCase("..\\secret.sbn")]
    public void Dot_dot_escaping_the_folder_is_refused(string name)
    {
        using var folder = new TemplateFolder($"line one\n  {{{{ include \"{name.Replace("\\", "\\\\", StringComparison.Ordinal)}\" }}}}");
        File.WriteAllText(Path.Join(folder.Outside, "secret.sbn"), "SECRET");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain($"\"{name}\"").And.Contain("outside the template folder"));
        Assert.That(ex.Message, Does.Contain("index.sbn:2:"), "The include's own location is named");
        Assert.That(ex.Message, Does.Not.Contain("SECRET"));
    }

    [Test]
    public void Absolute_paths_are_refused()
    {
        using var folder = new TemplateFolder("");
        var secret = Path.Join(folder.Outside, "secret.sbn");
        File.WriteAllText(secret, "SECRET");
        folder.Write("index.sbn", $"{{{{ include \"{secret.Replace("\\", "\\\\", StringComparison.Ordinal)}\" }}}}");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("absolute path").And.Contain(secret));
    }

    [TestCase("C:/Windows/win.ini")]
    [TestCase("file:secret.sbn")]
    public void Drive_and_scheme_names_are_refused(string name)
    {
        using var folder = new TemplateFolder($"{{{{ include \"{name}\" }}}}");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain(name));
    }

    [Test]
    public void A_symbolic_link_out_of_the_folder_is_refused()
    {
        using var folder = new TemplateFolder("{{ include \"partials/link.sbn\" }}");
        var secret = Path.Join(folder.Outside, "secret.sbn");
        File.WriteAllText(secret, "SECRET");
        Directory.CreateDirectory(Path.Join(folder.Templates, "partials"));
        TryLink(() => File.CreateSymbolicLink(Path.Join(folder.Templates, "partials", "link.sbn"), secret));

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("\"partials/link.sbn\"").And.Contain("symbolic link"));
    }

    [Test]
    public void A_linked_folder_leading_out_is_refused()
    {
        using var folder = new TemplateFolder("{{ include \"shared/secret.sbn\" }}");
        var outsideDir = Path.Join(folder.Outside, "elsewhere");
        Directory.CreateDirectory(outsideDir);
        File.WriteAllText(Path.Join(outsideDir, "secret.sbn"), "SECRET");
        TryLink(() => Directory.CreateSymbolicLink(Path.Join(folder.Templates, "shared"), outsideDir));

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("\"shared/secret.sbn\"").And.Contain("outside the template folder"));
    }

    [Test]
    public void A_symbolic_link_inside_the_folder_is_allowed()
    {
        using var folder = new TemplateFolder("{{ include \"partials/alias.sbn\" }}");
        var real = folder.Write("partials/real.sbn", "real");
        TryLink(() => File.CreateSymbolicLink(Path.Join(folder.Templates, "partials", "alias.sbn"), real));

        Assert.That(folder.Render(), Is.EqualTo("real"));
    }

    [Test]
    public void A_missing_partial_is_named()
    {
        using var folder = new TemplateFolder("{{ include \"partials/missing.sbn\" }}");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("\"partials/missing.sbn\" was not found"));
        Assert.That(ex.TemplateFile, Is.EqualTo("index.sbn"));
    }

    [Test]
    public void A_partial_that_includes_itself_stops_with_an_error()
    {
        using var folder = new TemplateFolder("{{ include \"partials/loop.sbn\" }}");
        folder.Write("partials/loop.sbn", "x{{ include \"partials/loop.sbn\" }}");

        var ex = Assert.Throws<ReportTemplateException>(() => folder.Render());

        Assert.That(ex!.Message, Does.Contain("partials/loop.sbn:1:"));
    }

    [Test]
    public void Assets_linked_from_outside_are_refused()
    {
        using var folder = new TemplateFolder("ok");
        var secret = Path.Join(folder.Outside, "id_rsa");
        File.WriteAllText(secret, "PRIVATE KEY");
        Directory.CreateDirectory(Path.Join(folder.Templates, "assets"));
        TryLink(() => File.CreateSymbolicLink(Path.Join(folder.Templates, "assets", "logo.png"), secret));
        using var output = new TempDirectory();

        var ex = Assert.ThrowsAsync<ReportTemplateException>(() =>
            new HtmlReportRenderer(folder.Templates).RenderAsync(TestAudits.Results(), output.Path));

        Assert.That(ex!.Message, Does.Contain("assets/logo.png").And.Contain("outside the template folder"));
        Assert.That(File.Exists(Path.Join(output.Path, "assets", "logo.png")), Is.False);
    }

    private static void TryLink(Action create)
    {
        try
        {
            create();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // Windows without developer mode cannot create links; the rule is still tested on Linux CI.
            Assert.Ignore("Cannot create symbolic links here: " + ex.Message);
        }
    }
}
