using A11yAudit.Browser.Check;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;
using Microsoft.Playwright;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>A check that breaks costs only its own findings: the page, axe's findings and the other checks stand.</summary>
public sealed class CheckFailureIsolationTests
{
    private sealed class BrokenCheck : IPageCheck
    {
        public string Id => "broken";
        public string Help => "Always fails.";
        public IReadOnlyList<string> WcagCriteria { get; } = [];
        public CheckCost Cost => CheckCost.Cheap;

        public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
        {
            await context.Page.EvaluateAsync("() => { throw new Error('boom'); }");
            return [];
        }
    }

    [Test]
    public async Task FailingCheckIsRecordedAndTheRestOfThePageStands()
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"));
        var options = new AuditOptions
        {
            Name = "broken check",
            StartUrls = [new Uri(site.BaseUrl, "/")],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Crawl = new CrawlOptions { MaxPages = 1, MaxDepth = 0, FollowLinks = false, UseSitemaps = false },
        };
        var working = CheckRegistry.All.Single(c => c.Id == "zoom-blocked");
        var results = await new AuditRunner(options, checks: [new BrokenCheck(), working]).RunAsync(SharedBrowser.Session, new InMemorySink());
        var page = results.Pages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned), page.Reason);
            Assert.That(page.ChecksFailed, Is.Not.Null);
            Assert.That(page.ChecksFailed!.Keys, Is.EqualTo(new[] { "broken" }));
            Assert.That(page.ChecksFailed["broken"], Does.Contain("boom"));
            Assert.That(page.PassedRules, Is.Not.Empty, "axe's results are kept");
            Assert.That(page.Timings.CheckMs?.Keys, Is.EquivalentTo(new[] { "broken", "zoom-blocked" }), "the other check still ran");
        });
    }
}
