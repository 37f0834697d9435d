using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Crawl;

[TestFixture]
public sealed class CrawlTests
{
    private AuditResults _results = null!;
    private IReadOnlyList<string> _requests = null!;
    private Uri _base = null!;

    [OneTimeSetUp]
    public async Task CrawlFixtureOnceAsync()
    {
        await using var server = await CrawlFixtureSite.StartAsync();
        _base = server.BaseUrl;
        var options = new AuditOptions
        {
            Name = "crawl fixture",
            StartUrls = [server.BaseUrl],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Crawl = new CrawlOptions { MaxPages = 30, MaxDepth = 2, Concurrency = 2 },
            Timeouts = new TimeoutOptions { Navigation = TimeSpan.FromSeconds(4), Page = TimeSpan.FromSeconds(20) },
        };
        _results = await new AuditRunner(options).RunAsync(SharedBrowser.Session, new InMemorySink());
        _requests = server.RequestLog;
    }

    private PageResult Page(string path) =>
        _results.Pages.SingleOrDefault(p => p.Url == new Uri(_base, path).AbsoluteUri)
        ?? throw new AssertionException($"{path} not in results: {string.Join(", ", _results.Pages.Select(p => p.Url))}");

    [Test]
    public void StartPageIsScannedWithTitleStatusAndTimings()
    {
        var home = Page("/");
        Assert.Multiple(() =>
        {
            Assert.That(home.Outcome, Is.EqualTo(PageOutcome.Scanned));
            Assert.That(home.HttpStatus, Is.EqualTo(200));
            Assert.That(home.Title, Is.EqualTo("Crawl fixture home"));
            Assert.That(home.Timings.AxeMs, Is.GreaterThan(0));
            Assert.That(home.PassedRules, Is.Not.Empty);
        });
    }

    [Test]
    public void NormalisedUrlsAreVisitedOnce()
    {
        var pageB = _results.Pages.Where(p => p.Url.Contains("page-b.html", StringComparison.Ordinal)).ToList();
        Assert.That(pageB, Has.Count.EqualTo(1));
        Assert.That(pageB[0].Url, Is.EqualTo(new Uri(_base, "/page-b.html?a=1&b=2").AbsoluteUri));
    }

    [Test]
    public void RobotsTxtDisallowIsHonoured()
    {
        Assert.That(_requests, Has.None.Contains("/private/"));
        Assert.That(_results.Skipped.Select(s => s.Reason), Has.Some.Contains("robots.txt"));
    }

    [Test]
    public void OutOfScopeUrlsAreNeverRequested()
    {
        // Another origin (localhost instead of 127.0.0.1) reaches the same server, so its log would show it.
        Assert.That(_requests, Has.None.Contains("/outside.html"));
        Assert.That(_results.Skipped.Where(s => s.Url.Contains("outside.html", StringComparison.Ordinal)), Is.Not.Empty);
    }

    [Test]
    public void RedirectOutOfScopeIsRecordedNotFollowed()
    {
        var page = Page("/redirect-out");
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.RedirectedOutOfScope));
        Assert.That(page.Reason, Does.Contain("outside.html"));
    }

    [Test]
    public void RedirectWithinScopeIsFollowedWithoutAuditingTwice()
    {
        var page = Page("/redirect-in");
        Assert.That(page.FinalUrl, Does.EndWith("/page-a.html"));
        var scansOfPageA = _results.Pages.Count(p => p.WasScanned && (p.FinalUrl ?? p.Url).EndsWith("/page-a.html", StringComparison.Ordinal));
        Assert.That(scansOfPageA, Is.EqualTo(1));
    }

    [Test]
    public void MissingPageIsRecordedAsHttpError()
    {
        var page = Page("/missing.html");
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.HttpError));
        Assert.That(page.HttpStatus, Is.EqualTo(404));
    }

    [Test]
    public void RedirectLoopIsRecorded()
    {
        var page = Page("/loop");
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.LoadFailed));
        Assert.That(page.Reason, Does.Contain("redirect loop"));
    }

    [Test]
    public void NonHtmlIsRecordedNotScanned()
    {
        var page = Page("/letter.pdf");
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.NotHtml));
        Assert.That(page.ContentType, Does.StartWith("application/pdf"));
    }

    [Test]
    public void PageWhoseImageNeverArrivesIsAuditedAsItStoodWithANote()
    {
        // The document is all there; only its load event never comes. A person would see the page, so it is audited.
        var page = Page("/hang");
        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned));
            Assert.That(page.Title, Is.EqualTo("Hangs"));
            Assert.That(page.PassedRules, Is.Not.Empty);
            Assert.That(page.Reason, Does.StartWith("did not finish loading within 4 s").And.EndWith("audited as it stood"));
        });
    }

    [Test]
    public void BusyPageIsFetchedAgainAfterTheWaitItAskedFor()
    {
        var page = Page("/busy");
        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned));
            Assert.That(page.HttpStatus, Is.EqualTo(200));
            Assert.That(page.Title, Is.EqualTo("Busy page"));
            Assert.That(page.Reason, Does.Contain("fetched again: the server answered 429 and asked to wait 1 s"));
            // The first answer was the 429; the title is the second's. (Checks that reload the page fetch it again later.)
            Assert.That(_requests.Count(r => r.EndsWith("/busy", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2));
        });
    }

    [Test]
    public void PageThatAsksForALongerWaitThanItsTimeLimitIsRecordedAsItAnswered()
    {
        var page = Page("/overloaded");
        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.HttpError));
            Assert.That(page.HttpStatus, Is.EqualTo(429));
            Assert.That(page.Reason, Does.Contain("asked to wait 3600 s before trying again, longer than the page's time limit allows"));
        });
    }

    [Test]
    public void PageWhoseDocumentNeverArrivesIsRecordedAndRunCompletes()
    {
        var page = Page("/hang-document");
        Assert.That(page.Outcome, Is.EqualTo(PageOutcome.LoadFailed));
        Assert.That(page.Reason, Does.Contain("did not finish loading"));
    }

    [Test]
    public void NonGetRequestsAreBlocked()
    {
        Assert.That(_requests, Has.None.StartsWith("POST"));
    }

    [Test]
    public void MaxDepthIsRespected()
    {
        Assert.That(_results.Pages.Select(p => p.Url), Has.None.Contains("level-3"));
        Assert.That(_results.Skipped.Where(s => s.Url.Contains("level-3", StringComparison.Ordinal)).Select(s => s.Reason), Has.Some.Contains("max depth"));
    }

    [Test]
    public void IframeContentIsScannedWithFrameTarget()
    {
        var pageB = _results.Pages.Single(p => p.Url.Contains("page-b.html", StringComparison.Ordinal));
        var label = pageB.Findings.SingleOrDefault(f => f.RuleId == "label");
        Assert.That(label, Is.Not.Null, "the unlabelled field inside the iframe was not found");
        Assert.That(label!.Outcome, Is.EqualTo(FindingOutcome.Violation));
        Assert.That(label.Nodes[0].Target.IsInFrame, Is.True);
        Assert.That(label.WcagCriteria, Does.Contain("4.1.2"));
    }

    [Test]
    public void ImageWithoutAltIsAViolation()
    {
        var pageA = Page("/page-a.html");
        var finding = pageA.Findings.Single(f => f.RuleId == "image-alt");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.Impact, Is.EqualTo(Impact.Critical));
            Assert.That(finding.WcagCriteria, Does.Contain("1.1.1"));
            Assert.That(finding.Nodes[0].Html, Does.Contain("pixel.svg"));
            Assert.That(finding.Nodes[0].FailureSummary, Is.Not.Empty);
            Assert.That(finding.HelpUrl, Does.StartWith("https://dequeuniversity.com/"));
        });
    }

    [Test]
    public void RuleCatalogueListsEveryBundledRule()
    {
        Assert.That(_results.Rules.Count(r => r.Source == "axe"), Is.GreaterThan(80));
        Assert.That(_results.Tool.AxeVersion, Is.EqualTo("4.14.0"));
        Assert.That(_results.Tool.BrowserVersion, Is.Not.Empty);
    }
}
