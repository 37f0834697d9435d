using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;
using Microsoft.Playwright;

namespace A11yAudit.IntegrationTests.Reports;

/// <summary>
/// A site whose titles, attributes, links and snippets carry script is audited with the real pipeline; its
/// report, opened in Chromium, runs none of it (no dialog, no console marker) and shows the payloads as text.
/// </summary>
[TestFixture]
public sealed class HostileReportTests
{
    private string _folder = null!;
    private AuditResults _results = null!;

    [OneTimeSetUp]
    public async Task AuditHostileSiteAsync() =>
        (_folder, _results) = await ReportAudit.RunAsync(RepoPaths.Fixture("hostile"), "Hostile <script>console.log('XSS-MARKER name')</script>");

    [Test]
    public void The_payloads_reached_the_results()
    {
        var titles = _results.Pages.Select(p => p.Title ?? "").ToList();
        var snippets = _results.Pages.SelectMany(p => p.Findings).SelectMany(f => f.Nodes).Select(n => n.Html).ToList();

        Assert.That(titles, Has.Some.Contains("<script>alert('XSS-TITLE')"));
        Assert.That(snippets, Has.Some.Contains("onerror="));
        Assert.That(snippets, Has.Some.Contains("<script>parent.console.log('XSS-MARKER iframe')</script>"), "A real script element inside a snippet");
        Assert.That(_results.Pages.Select(p => p.Url), Has.Some.Contains("XSS-MARKER"));
    }

    [TestCase(false, TestName = "Hostile report runs no script (with its CSP)")]
    [TestCase(true, TestName = "Hostile report runs no script (escaping alone, CSP bypassed)")]
    public async Task Opening_the_report_runs_nothing_and_shows_the_text(bool bypassCsp)
    {
        var page = await ReportAudit.OpenAsync(_folder, bypassCsp);
        var dialogs = new List<string>();
        var console = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) => console.Add(message.Text);
        try
        {
            await page.GotoAsync(ReportAudit.IndexUrl(_folder));

            // Expand everything and visit every in-report link, so lazily shown content gets its chance to run.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            foreach (var link in await page.Locator("a[href^='#']").AllAsync())
            {
                var href = await link.GetAttributeAsync("href");
                await page.EvaluateAsync("h => { location.hash = h; }", href);
            }

            await page.WaitForTimeoutAsync(500);
            var text = await page.Locator("main").InnerTextAsync();
            var scripts = await page.Locator("script").CountAsync();
            var javascriptLinks = await page.Locator("[href^='javascript:' i], [src^='javascript:' i]").CountAsync();
            var handlers = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");

            Assert.Multiple(() =>
            {
                Assert.That(dialogs, Is.Empty, "No dialog may open");
                Assert.That(console.Where(m => m.Contains("XSS-MARKER", StringComparison.Ordinal)), Is.Empty, "No payload may log");
                Assert.That(scripts, Is.Zero);
                Assert.That(javascriptLinks, Is.Zero);
                Assert.That(handlers, Is.Zero);
                Assert.That(text, Does.Contain("<script>alert('XSS-TITLE');console.log('XSS-MARKER title')</script> Hostile home"));
                // Snippets appear exactly as the browser serialised them (attribute quotes as entities).
                Assert.That(text, Does.Contain("data-note=\"&quot;&gt;&lt;img src=x onerror=&quot;alert(1);console.log(`XSS-MARKER attr`)&quot;&gt;\""));
                Assert.That(text, Does.Contain("class=\"&lt;/pre&gt;&lt;script&gt;console.log('XSS-MARKER snippet')&lt;/script&gt;\""));
                Assert.That(text, Does.Contain("<script>parent.console.log('XSS-MARKER iframe')</script>"));
                Assert.That(text, Does.Contain("javascript:alert('XSS-LINK');console.log('XSS-MARKER link')"));
                Assert.That(text, Does.Contain("Hostile <script>console.log('XSS-MARKER name')</script>"));
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
