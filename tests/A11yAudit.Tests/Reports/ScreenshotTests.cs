using A11yAudit.Core.Model;
using A11yAudit.Reports.Html;
using A11yAudit.Reports.Model;
using static A11yAudit.Tests.Reports.TestAudits;

namespace A11yAudit.Tests.Reports;

[TestFixture]
public sealed class ScreenshotTests
{
    [TestCase("screenshots/0a1b2c.jpg", ExpectedResult = "screenshots/0a1b2c.jpg")]
    [TestCase("screenshots/thumb_1-a.png", ExpectedResult = "screenshots/thumb_1-a.png")]
    [TestCase("../screenshots/x.jpg", ExpectedResult = null)]
    [TestCase("screenshots/../results.json", ExpectedResult = null)]
    [TestCase("screenshots/a b.jpg", ExpectedResult = null)]
    [TestCase("/etc/passwd", ExpectedResult = null)]
    [TestCase("https://evil.example/track.jpg", ExpectedResult = null)]
    [TestCase("javascript:alert(1)//screenshots/x.jpg", ExpectedResult = null)]
    [TestCase("screenshots/x.jpg?x=1", ExpectedResult = null)]
    [TestCase("screenshots/x.svg", ExpectedResult = null)]
    [TestCase("screenshots/x.jpg\n", ExpectedResult = null)]
    public string? Only_plain_files_in_the_screenshots_folder_are_shown(string path) => ScreenshotPath.Sanitize(path);

    private static Core.Results.AuditResults WithShots() =>
        Results(Page("https://example.test/", 0,
            Violation("image-alt", Impact.Critical, Node("img") with { Screenshot = "screenshots/el.jpg" })) with { Screenshot = "screenshots/page.jpg" });

    [Test]
    public async Task Rendering_elsewhere_copies_the_shown_screenshots()
    {
        using var source = new TempDirectory();
        using var output = new TempDirectory();
        Directory.CreateDirectory(Path.Join(source.Path, "screenshots"));
        await File.WriteAllBytesAsync(Path.Join(source.Path, "screenshots", "el.jpg"), [1, 2, 3]);
        await File.WriteAllBytesAsync(Path.Join(source.Path, "screenshots", "page.jpg"), [4, 5]);
        await File.WriteAllBytesAsync(Path.Join(source.Path, "screenshots", "unused.jpg"), [6]);

        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(WithShots(), output.Path, source.Path));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("src=\"screenshots/el.jpg\""));
            Assert.That(html, Does.Contain("src=\"screenshots/page.jpg\""));
            Assert.That(File.ReadAllBytes(Path.Join(output.Path, "screenshots", "el.jpg")), Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(File.Exists(Path.Join(output.Path, "screenshots", "unused.jpg")), Is.False);
        });
    }

    [Test]
    public async Task Missing_screenshots_are_left_out_not_shown_broken()
    {
        using var output = new TempDirectory();

        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(WithShots(), output.Path));

        Assert.That(html, Does.Not.Contain("<img"));
    }

    [Test]
    public async Task A_screenshot_linked_out_of_the_folder_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Symbolic links need privileges on Windows.");
        }

        using var source = new TempDirectory();
        using var output = new TempDirectory();
        var secret = Path.Join(source.Path, "secret.txt");
        await File.WriteAllTextAsync(secret, "private");
        Directory.CreateDirectory(Path.Join(source.Path, "screenshots"));
        File.CreateSymbolicLink(Path.Join(source.Path, "screenshots", "el.jpg"), secret);

        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(WithShots(), output.Path, source.Path));

        Assert.That(html, Does.Not.Contain("screenshots/el.jpg"));
        Assert.That(File.Exists(Path.Join(output.Path, "screenshots", "el.jpg")), Is.False);
    }
}
