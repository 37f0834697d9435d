using A11yAudit.Browser.Check.Checks;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Visit;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class NoJavaScriptCheckTests
{
    [Test]
    public async Task ContentAndLinksBuiltOnlyByScriptNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new NoJavaScriptCheck(), "no-javascript/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.Category, Is.EqualTo(RuleCategory.BestPractice));
        var content = finding.Nodes.First();
        Assert.Multiple(() =>
        {
            Assert.That(content.Target.Display, Is.EqualTo("#app"));
            Assert.That(int.Parse(content.Evidence!["wordsWithJavaScript"]), Is.GreaterThan(40));
            Assert.That(content.Evidence["wordsWithoutJavaScript"], Is.EqualTo("0"));
            Assert.That(finding.Nodes.Skip(1).Select(n => n.Evidence!["text"]), Is.EquivalentTo(new[] { "Appointments", "Prescriptions", "book a vaccination" }));
        });
    }

    [Test]
    public async Task ProgressivelyEnhancedPageIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new NoJavaScriptCheck(), "no-javascript/clean.html");
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public async Task TheScriptlessLoadDoesNotFetchImages()
    {
        var imageRequests = 0;
        const string Page = "<!doctype html><html lang=\"en\"><head><title>Clinic</title></head><body><main><h1>Clinic</h1>"
            + "<p>Opening hours are Monday to Friday, 8am to 6pm. Call us to book, change or cancel an appointment.</p>"
            + "<img src=\"/photo.png\" alt=\"The clinic's front door\" width=\"200\" height=\"100\"></main></body></html>";
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.NewTempDirectory(), routes =>
        {
            routes.MapGet("/page", () => Results.Content(Page, "text/html"));
            routes.MapGet("/photo.png", () =>
            {
                Interlocked.Increment(ref imageRequests);
                return Results.Bytes(Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"), "image/gif");
            });
        });
        var url = new Uri(site.BaseUrl, "/page");
        var options = new AuditOptions { Name = "no-js images", StartUrls = [url], OutputDirectory = RepoPaths.NewTempDirectory(), Screenshots = false };
        var scope = new ScopeRules(options.Scope, [url]);
        await using var visitor = await PageVisitor.CreateAsync(SharedBrowser.Session, options, scope.Decide, [new NoJavaScriptCheck()]);

        var page = (await visitor.VisitAsync(new CrawlItem(url, 0, null), CancellationToken.None)).Page;

        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned), page.Reason);
            Assert.That(page.ChecksFailed, Is.Null.Or.Empty);
            Assert.That(page.Findings.Where(f => f.Source != "axe"), Is.Empty);
            Assert.That(Volatile.Read(ref imageRequests), Is.EqualTo(1), "the image was fetched again for the page without JavaScript");
        });
    }
}
