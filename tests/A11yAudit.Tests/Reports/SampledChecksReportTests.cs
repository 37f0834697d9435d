using A11yAudit.Reports.Html;
using A11yAudit.Reports.Model;

namespace A11yAudit.Tests.Reports;

/// <summary>The report says where costly checks were sampled out, so a reader knows what was not tested.</summary>
public sealed class SampledChecksReportTests
{
    [Test]
    public async Task SampledOutChecksAreNamedInTheMethodAndOnThePage()
    {
        var sampled = TestAudits.Page("https://x.org/b", 1) with { ChecksNotRun = ["reflow", "low-bandwidth"] };
        var results = TestAudits.Results(TestAudits.Page("https://x.org/a"), sampled);

        var model = ReportModelBuilder.Build(results);
        Assert.Multiple(() =>
        {
            Assert.That(model.SampledPages, Is.EqualTo(1));
            Assert.That(model.SampledChecks, Is.EqualTo(new[] { "low-bandwidth", "reflow" }));
        });

        using var output = new TempDirectory();
        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(results, output.Path));
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("ran only on the first pages of each page template, so they did not run on 1 page"));
            Assert.That(html, Does.Contain("Sampled out on this page (its template was already checked): reflow, low-bandwidth."));
        });
    }

    [Test]
    public async Task NothingIsSaidWhenEveryCheckRanEverywhere()
    {
        using var output = new TempDirectory();
        var html = await File.ReadAllTextAsync(await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(TestAudits.Results(TestAudits.Page("https://x.org/a")), output.Path));
        Assert.That(html, Does.Not.Contain("Sampled out"));
    }
}
