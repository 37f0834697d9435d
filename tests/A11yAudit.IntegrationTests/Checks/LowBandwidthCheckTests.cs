using System.Collections.Concurrent;
using A11yAudit.Browser.Check.Checks;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class LowBandwidthCheckTests
{
    // The fixture image is 192 KiB of noise: a small budget keeps the throttled test fast.
    private static readonly LowBandwidthBudget SmallBudget = new() { MaxTransferBytes = 150 * 1024, MaxTimeToUsable = TimeSpan.FromSeconds(1.5) };

    [Test]
    public async Task PageOverBudgetOnAThrottledConnectionNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new LowBandwidthCheck(SmallBudget), "low-bandwidth/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, node.Evidence!.Select(e => $"{e.Key}: {e.Value}")));
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.Category, Is.EqualTo(RuleCategory.BestPractice));
            Assert.That(node.Target.Display, Is.EqualTo("body > main > img"), "the largest contentful paint");
            Assert.That(int.Parse(node.Evidence!["transferKiB"]), Is.InRange(190, 260));
            Assert.That(int.Parse(node.Evidence["requests"]), Is.GreaterThanOrEqualTo(2), "the page and its image (and perhaps a favicon)");
            Assert.That(node.Evidence["largest1"], Does.EndWith("/low-bandwidth/noise.png"));
            Assert.That(double.Parse(node.Evidence["usableMs"]), Is.GreaterThan(1500), "192 KiB at 180 kB/s cannot arrive in under a second");
            Assert.That(double.Parse(node.Evidence["mainThreadMs"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0), "the page's main-thread time, which the simulated CPU slowdown multiplies");
            Assert.That(node.Evidence["cpuSlowdown"], Is.EqualTo("4"));
            Assert.That(double.Parse(node.Evidence["estimatedUsableMs"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(1500), "the replay of the tab's own load, beside the measurement");
            Assert.That(node.FailureSummary, Does.Contain("transfers").And.Contain("until the main content is usable"));
        });
    }

    [Test]
    public async Task PageThatDoesNotLoadInTimeIsReportedAsSuch()
    {
        var budget = SmallBudget with { TimeLimit = TimeSpan.FromMilliseconds(800) };
        var node = (await CheckHarness.RunAsync(new LowBandwidthCheck(budget), "low-bandwidth/barrier.html")).Single().Nodes.Single();
        Assert.That(node.Evidence!["timedOut"], Is.EqualTo("true"));
        // Whether the document was parsed before the limit depends on the machine; either way the limit is named.
        Assert.That(node.FailureSummary, Does.Contain("did not become usable within 1 s").Or.Contain("did not finish loading within 1 s"));
    }

    /// <summary>
    /// A page whose document arrives but one image never does: the finding says it never finished loading and when its
    /// document was parsed, not that it never became usable.
    /// </summary>
    [Test]
    public async Task PageThatNeverFinishesLoadingSaysWhenItsContentArrived()
    {
        await using var site = await CrawlFixtureSite.StartAsync();
        var check = new LowBandwidthCheck(LowBandwidthBudget.Default with { TimeLimit = TimeSpan.FromSeconds(3) });
        var page = await CheckHarness.VisitUrlAsync(check, new Uri(site.BaseUrl, "/hang"), timeouts: new TimeoutOptions { Navigation = TimeSpan.FromSeconds(2), Page = TimeSpan.FromSeconds(30) });

        var node = page.Findings.Single(f => f.RuleId == "low-bandwidth").Nodes.Single();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, node.Evidence!.Select(e => $"{e.Key}: {e.Value}")));
        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned));
            Assert.That(node.Evidence!["timedOut"], Is.EqualTo("true"));
            Assert.That(double.Parse(node.Evidence["domContentLoadedMs"], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(LowBandwidthBudget.Default.Network.LatencyMilliseconds, 3000));
            Assert.That(node.FailureSummary, Does.Contain("did not finish loading within 3 s (its document was parsed after"));
        });
    }

    /// <summary>
    /// The crawl's guard hands the browser each document itself, past the browser's network throttling; a
    /// throttled load must still pay the connection's latency for the document (it once did not: 60 ms, not 600).
    /// </summary>
    [Test]
    public async Task TheDocumentItselfPaysTheThrottledLatency()
    {
        var reportAlways = LowBandwidthBudget.Default with { MaxTimeToUsable = TimeSpan.FromMilliseconds(1) };
        var node = (await CheckHarness.RunAsync(new LowBandwidthCheck(reportAlways), "low-bandwidth/clean.html")).Single().Nodes.Single();
        Assert.That(double.Parse(node.Evidence!["domContentLoadedMs"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(LowBandwidthBudget.Default.Network.LatencyMilliseconds));
    }

    /// <summary>
    /// A page whose own load, replayed on the slow connection, is far within budget is not loaded again throttled; a
    /// page whose replay comes near the budget, or that loads something whose size it is not told, is.
    /// </summary>
    [TestCase("light", "", 1, 4.0, TestName = "A light page is judged from its own load")]
    [TestCase("heavy", "<img src='/low-bandwidth/noise.png' alt='Map of the surgery' width='256' height='256'>", 2, 2.5, TestName = "A page near the budget is loaded throttled")]
    [TestCase("hero", "<div role='img' aria-label='The surgery' style='background-image: url(/low-bandwidth/noise.png); width: 360px; height: 300px'></div>", 2, 2.5, TestName = "A page near the budget for its background image is loaded throttled")]
    [TestCase("elsewhere", "<img src='{other}pixel.gif' alt='Map of the surgery' width='256' height='256'>", 2, 4.0, TestName = "A page loading another site's image, whose size it is not told, is loaded throttled")]
    [TestCase("framed", "<iframe title='Map' srcdoc=\"<img src='/low-bandwidth/noise.png' alt='Map of the surgery'>\"></iframe>", 2, 4.0, TestName = "A page with a frame, whose requests it cannot see, is loaded throttled")]
    public async Task OnlyAPageFarWithinBudgetIsJudgedFromItsOwnLoad(string name, string content, int documentRequests, double budgetSeconds)
    {
        var requests = new ConcurrentDictionary<string, int>();
        await using var otherSite = await LocalSiteServer.StartAsync(RepoPaths.Fixture("checks"), routes => routes.MapGet("/pixel.gif", () => Results.Bytes(Pixel, "image/gif")));
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("checks"), routes => routes.MapGet("/counted/{name}", (string name) =>
        {
            requests.AddOrUpdate(name, 1, (_, n) => n + 1);
            var extra = content.Replace("{other}", otherSite.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
            return Results.Content($"<!doctype html><html lang=\"en\"><meta name=\"viewport\" content=\"width=device-width\"><title>Find us</title><main><h1>Find us</h1><p>12 Mill Lane.</p>{extra}</main></html>", "text/html");
        }));
        // The light page replays at well under a second however busy the machine; 192 KiB of image and two round trips
        // take at least 2.2 s on Slow 4G, within the default budget but never within three quarters of 2.5 s.
        var budget = LowBandwidthBudget.Default with { MaxTimeToUsable = TimeSpan.FromSeconds(budgetSeconds) };

        var page = await CheckHarness.VisitUrlAsync(new LowBandwidthCheck(budget), new Uri(site.BaseUrl, "/counted/" + name));

        Assert.Multiple(() =>
        {
            Assert.That(page.Outcome, Is.EqualTo(PageOutcome.Scanned), page.Reason);
            Assert.That(requests[name], documentRequests == 1 ? Is.EqualTo(1) : Is.GreaterThanOrEqualTo(2), "the audited load, and a throttled one where needed");
        });
    }

    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    [Test]
    public async Task LightPageIsSilentWithTheDefaultBudget()
    {
        var findings = await CheckHarness.RunAsync(new LowBandwidthCheck(), "low-bandwidth/clean.html");
        Assert.That(findings, Is.Empty);
    }
}
