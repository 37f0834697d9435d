using A11yAudit.Browser.Check.Axe;
using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;
using Microsoft.Playwright;

namespace A11yAudit.IntegrationTests.Reports;

/// <summary>The demo audit's report, opened in Chromium from file://: every section renders, it has no axe violations, and the rating leads to the element in two clicks.</summary>
[TestFixture]
public sealed class ReportInBrowserTests
{
    private string _folder = null!;
    private AuditResults _results = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task AuditDemoAndOpenReportAsync()
    {
        var options = TargetLoader.Load(DemoAudit.TargetFile, new CliOverrides { OutputDirectory = RepoPaths.NewTempDirectory() }, new Dictionary<string, string?>());
        (_folder, _results) = await ReportAudit.RunAsync(options.ServeRoot!, "Demo", options.Journeys);
        _page = await ReportAudit.OpenAsync(_folder);
        await _page.GotoAsync(ReportAudit.IndexUrl(_folder));
    }

    [OneTimeTearDown]
    public async Task CloseAsync() => await _page.Context.CloseAsync();

    [Test]
    public void The_crawl_captured_screenshots()
    {
        var pages = _results.Pages.Where(p => p.WasScanned).ToList();
        var nodes = pages.SelectMany(p => p.Findings).Where(f => f.Outcome == FindingOutcome.Violation).SelectMany(f => f.Nodes).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Screenshot), Has.All.Match("^screenshots/[0-9a-f]{20}\\.jpg$"));
            Assert.That(nodes.Count(n => n.Screenshot is not null), Is.GreaterThanOrEqualTo(5));
            Assert.That(pages.Select(p => p.Timings.ScreenshotMs), Has.All.GreaterThan(0));
            Assert.That(Directory.GetFiles(Path.Combine(_folder, "screenshots"), "*.jpg"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Every_section_renders_with_real_content()
    {
        Assert.Multiple(async () =>
        {
            foreach (var id in new[] { "summary", "journeys", "issues", "wcag", "worklist", "pages", "statement", "method" })
            {
                Assert.That(await _page.Locator($"#{id} h2").CountAsync(), Is.EqualTo(1), id);
            }

            Assert.That(await _page.Locator(".rating__value").InnerTextAsync(), Is.EqualTo("Inadequate"));
            Assert.That(await _page.Locator(".reasons__item").CountAsync(), Is.GreaterThan(0));
            Assert.That(await _page.Locator(".risk-chart__row svg rect.risk-chart__fill").CountAsync(), Is.EqualTo(_results.Exclusion!.Groups.Count));
            Assert.That(await _page.Locator(".risk-table tbody tr").CountAsync(), Is.EqualTo(_results.Exclusion.Groups.Count));
            Assert.That(await _page.Locator(".journey-grid tbody tr").CountAsync(), Is.EqualTo(4));
            Assert.That(await _page.Locator("#issues article.issue").CountAsync(), Is.GreaterThanOrEqualTo(7));
            Assert.That(await _page.Locator(".coverage-table tbody tr").CountAsync(), Is.EqualTo(55));
            Assert.That(await _page.Locator("#pages .page-card").CountAsync(), Is.EqualTo(_results.Pages.Count));
            Assert.That(await _page.Locator(".statement__items li").CountAsync(), Is.GreaterThanOrEqualTo(7));
        });

        // Screenshots load from the folder beside index.html.
        var broken = await _page.EvaluateAsync<int>("() => [...document.images].filter(i => { i.loading = 'eager'; return i.complete && i.naturalWidth === 0; }).length");
        var images = await _page.Locator("img").CountAsync();
        Assert.That(images, Is.GreaterThan(_results.Pages.Count(p => p.WasScanned)));
        Assert.That(broken, Is.Zero);
    }

    [Test]
    public async Task The_rating_leads_to_the_element_in_two_clicks()
    {
        var page = await _page.Context.NewPageAsync();
        await page.GotoAsync(ReportAudit.IndexUrl(_folder));

        // Click 1: the first reason's journey cell. Click 2: the cell's link to the issue.
        await page.Locator(".reasons__item").First.Locator("a", new() { HasTextString = "Journey cell" }).ClickAsync();
        var cellId = new Uri(page.Url).Fragment.TrimStart('#');
        await page.Locator($"#{cellId} a").ClickAsync();
        var issueId = new Uri(page.Url).Fragment.TrimStart('#');

        var issue = page.Locator($"#{issueId}");
        Assert.Multiple(async () =>
        {
            Assert.That(await issue.Locator(".evidence code").First.InnerTextAsync(), Is.EqualTo(".input"), "The selector of the element that decided the rating");
            Assert.That(await issue.Locator(".evidence pre").InnerTextAsync(), Does.Contain("<input"));
            Assert.That(await issue.Locator(".evidence img").IsVisibleAsync(), Is.True, "Screenshot of the element");
        });
        await page.CloseAsync();
    }

    [Test]
    public async Task The_report_has_no_axe_violations()
    {
        var context = await SharedBrowser.Session.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        try
        {
            await AxeRunner.InstallAsync(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync(ReportAudit.IndexUrl(_folder));
            var scan = await new AxeRunner(new AxeOptions()).RunAsync(page, "report", CancellationToken.None);
            var violations = scan.Findings.Where(f => f.Outcome == FindingOutcome.Violation)
                .Select(f => $"{f.RuleId}: {string.Join(", ", f.Nodes.Take(3).Select(n => n.Target.Display))}")
                .ToList();
            Assert.That(violations, Is.Empty);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Test]
    public async Task The_issue_filter_works_with_the_keyboard_and_without_script()
    {
        var page = await _page.Context.NewPageAsync();
        await page.GotoAsync(ReportAudit.IndexUrl(_folder));
        var all = await page.Locator("#issues article.issue").CountAsync();

        await page.Locator("#fg-all").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var visibleForFirstGroup = await VisibleIssuesAsync(page);
        await page.Locator("label[for='fs-blocker']").ClickAsync();
        var blockersForFirstGroup = await VisibleIssuesAsync(page);

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#fg-all").IsCheckedAsync(), Is.False);
            Assert.That(visibleForFirstGroup, Is.InRange(1, all));
            Assert.That(blockersForFirstGroup, Is.InRange(0, visibleForFirstGroup));
            Assert.That(await page.Locator(".filters__count").EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"), Does.Contain($" of {all} issues"));
        });
        await page.CloseAsync();
    }

    [Test]
    public async Task The_report_reflows_at_320_pixels()
    {
        var page = await _page.Context.NewPageAsync();
        await page.SetViewportSizeAsync(320, 800);
        await page.GotoAsync(ReportAudit.IndexUrl(_folder));

        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(1), "No sideways scrolling of the page (tables scroll in their own regions)");
        await page.CloseAsync();
    }

    [Test]
    public async Task The_print_stylesheet_makes_a_readable_pdf()
    {
        var page = await _page.Context.NewPageAsync();
        await page.GotoAsync(ReportAudit.IndexUrl(_folder));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator(".filters").IsVisibleAsync(), Is.False);
            Assert.That(await page.Locator("#issues article.issue").First.IsVisibleAsync(), Is.True);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
            Assert.That(pdf.Length, Is.GreaterThan(10_000));
        });
        await page.CloseAsync();
    }

    private static Task<int> VisibleIssuesAsync(IPage page) =>
        page.EvaluateAsync<int>("() => [...document.querySelectorAll('#issues article.issue')].filter(a => getComputedStyle(a).display !== 'none').length");
}
