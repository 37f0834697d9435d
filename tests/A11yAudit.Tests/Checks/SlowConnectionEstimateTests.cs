using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

/// <summary>The replay of a page's own load on a slow connection, which decides only whether a throttled load is needed.</summary>
[TestFixture]
public sealed class SlowConnectionEstimateTests
{
    private const string Site = "https://clinic.example/";

    /// <summary>Round numbers: 500 ms latency, 100 kB/s down, an uplink fast enough to ignore.</summary>
    private static readonly NetworkProfile Slow = new("test", 500, 100_000, 100_000_000, 4);

    private static LoadTimeline Timeline(long documentBytes, params TimelineRequest[] requests) =>
        new(new Uri(Site), documentBytes, 0, ResponseEndMs: 5, DomContentLoadedMs: 5, LoadMs: 50, LcpMs: 5, LcpUrl: "", requests, TimelineFull: false);

    private static TimelineRequest Request(string path, string initiator, long? bytes, double startMs = 2, double endMs = 4, string protocol = "http/1.1", bool renderBlocking = false) =>
        new(Site + path, initiator, startMs, endMs, bytes, protocol, renderBlocking);

    private static SlowLoad Estimate(LoadTimeline timeline) => SlowConnectionEstimate.Estimate(timeline, Slow, 1, 60_000)!;

    [Test]
    public void TheDocumentPaysTheLatencyAndItsBytes()
    {
        var load = Estimate(Timeline(50_000));

        Assert.Multiple(() =>
        {
            Assert.That(load.UsableMs, Is.EqualTo(500 + 500).Within(5), "500 ms latency, then 50 kB at 100 kB/s");
            Assert.That(load.Bytes, Is.EqualTo(50_000));
            Assert.That(load.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public void AStylesheetHoldsUpTheFirstPaintAfterTheDocument()
    {
        var load = Estimate(Timeline(10_000, Request("site.css", "link", 20_000, renderBlocking: true)));

        // 100 ms of document after 500 of latency, then the stylesheet's own latency and 200 ms of bytes.
        Assert.That(load.UsableMs, Is.EqualTo(600 + 500 + 200).Within(5));
    }

    [Test]
    public void RequestsAtOnceShareTheDownlink()
    {
        var load = Estimate(Timeline(10_000, Request("a.js", "script", 50_000), Request("b.js", "script", 50_000)));

        // Both scripts hold up DOMContentLoaded; together their 100 kB take a second, not half of one each.
        Assert.That(load.UsableMs, Is.EqualTo(600 + 500 + 1000).Within(5));
    }

    [Test]
    public void OverHttp1TheSeventhRequestToAHostWaitsForAConnection()
    {
        var images = Enumerable.Range(0, 7).Select(i => Request($"{i}.png", "img", 0)).ToArray();
        var lcp = Timeline(10_000, images) with { LcpUrl = Site + "6.png" };

        var overHttp1 = Estimate(lcp);
        var overHttp2 = Estimate(lcp with { Requests = [.. images.Select(r => r with { Protocol = "h2" })] });

        Assert.Multiple(() =>
        {
            Assert.That(overHttp1.UsableMs, Is.EqualTo(600 + 500 + 500).Within(5), "six connections, then a second round trip");
            Assert.That(overHttp2.UsableMs, Is.EqualTo(600 + 500).Within(5), "one connection carries them all at once");
        });
    }

    [Test]
    public void ARequestMadeAfterAnotherFinishedWaitsForIt()
    {
        // A script that, once run, fetches the page's content: the fetch began after the script had arrived.
        var timeline = Timeline(
            10_000,
            Request("app.js", "script", 10_000, startMs: 2, endMs: 4),
            Request("api/content", "fetch", 10_000, startMs: 8, endMs: 9)) with { DomContentLoadedMs = 6, LcpMs = 12 };

        var load = Estimate(timeline);

        // The content was painted after the fetch had arrived, and the fetch was made after the script had arrived.
        Assert.That(load.UsableMs, Is.EqualTo(600 + 600 + 600 + 7).Within(5), "document, script, fetch, then the page's own time (12 - 5 ms)");
        Assert.That(load.Bytes, Is.EqualTo(30_000));
    }

    [Test]
    public void TheMainThreadTimeIsMultipliedByTheSlowdown()
    {
        var timeline = Timeline(10_000) with { ResponseEndMs = 5, DomContentLoadedMs = 105, LcpMs = 105 };

        var fourTimesSlower = SlowConnectionEstimate.Estimate(timeline, Slow, 4, 60_000)!;

        Assert.Multiple(() =>
        {
            Assert.That(fourTimesSlower.MainThreadMs, Is.EqualTo(100));
            Assert.That(fourTimesSlower.UsableMs, Is.EqualTo(600 + 400).Within(5));
        });
    }

    [Test]
    public void EachRedirectIsARoundTripBeforeTheDocument()
    {
        var load = Estimate(Timeline(10_000) with { Redirects = 2 });

        Assert.That(load.UsableMs, Is.EqualTo(1000 + 600).Within(5));
    }

    [Test]
    public void AMilestoneNotReachedInTimeIsInfinite()
    {
        var load = SlowConnectionEstimate.Estimate(Timeline(10_000_000), Slow, 1, 3000)!;

        Assert.That(load.UsableMs, Is.EqualTo(double.PositiveInfinity));
    }

    private static IEnumerable<TestCaseData> LoadsThatCannotBeReplayed()
    {
        yield return new TestCaseData(Timeline(10_000, Request("https://cdn.example/app.js", "script", null) with { Url = "https://cdn.example/app.js" })).SetName("Another site's response, whose size the page is not told");
        yield return new TestCaseData(Timeline(10_000, Request("map.html", "iframe", 5_000))).SetName("A frame, whose own requests the page cannot see");
        yield return new TestCaseData(Timeline(10_000) with { HasFrames = true }).SetName("A frame written by the page, whose requests are in a timeline of its own");
        yield return new TestCaseData(Timeline(10_000) with { TimelineFull = true }).SetName("A full resource timing buffer");
        yield return new TestCaseData(Timeline(10_000) with { LoadMs = 0 }).SetName("A load that had not finished");
        yield return new TestCaseData(Timeline(-1)).SetName("A document of unknown size");
        yield return new TestCaseData(Timeline(10_000) with { LcpUrl = Site + "hero.jpg" }).SetName("A largest paint whose image is not among the requests");
    }

    [TestCaseSource(nameof(LoadsThatCannotBeReplayed))]
    public void AReplayThatCouldMisleadIsNotMade(LoadTimeline timeline) =>
        Assert.That(SlowConnectionEstimate.Estimate(timeline, Slow, 4, 60_000), Is.Null);

    [Test]
    public void WithoutALargestPaintTheWholeLoadCounts()
    {
        var timeline = Timeline(10_000, Request("hero.jpg", "img", 100_000)) with { LcpMs = -1 };

        Assert.That(Estimate(timeline).UsableMs, Is.EqualTo(600 + 500 + 1000).Within(5), "the image may have been what a person waits for");
    }

    [Test]
    public void AnImageLargerThanTheLargestPaintSoFarMayYetBeIt()
    {
        var timeline = Timeline(10_000, Request("map.png", "img", 100_000)) with { LcpMs = 5 };

        Assert.Multiple(() =>
        {
            Assert.That(Estimate(timeline).UsableMs, Is.EqualTo(600).Within(5), "a smaller image, painted or not, is not waited for");
            Assert.That(Estimate(timeline with { LargerImages = [Site + "map.png"] }).UsableMs, Is.EqualTo(600 + 500 + 1000).Within(5));
        });
    }

    [Test]
    public void AnInlineImageAsTheLargestPaintNeedsNoRequest()
    {
        var load = Estimate(Timeline(10_000) with { LcpUrl = "data:image/png;base64,iVBORw0KGgo=" });

        Assert.That(load.UsableMs, Is.EqualTo(600).Within(5));
    }

    [TestCase(2999, 100_000, 0.75, true, TestName = "Under three quarters of both budgets: no throttled load")]
    [TestCase(3001, 100_000, 0.75, false, TestName = "Over three quarters of the time budget: loaded throttled")]
    [TestCase(1000, 1_300_000, 0.75, false, TestName = "Over three quarters of the byte budget: loaded throttled")]
    [TestCase(1000, 100_000, 0, false, TestName = "A margin of 0: every page loaded throttled")]
    public void OnlyALoadFarWithinBothBudgetsIsSkipped(double usableMs, long bytes, double margin, bool skipped)
    {
        var check = new LowBandwidthCheck(LowBandwidthBudget.Default with { EstimateMargin = margin });

        Assert.That(check.WithinBudgetByFar(new SlowLoad(usableMs, bytes, 10, 50)), Is.EqualTo(skipped));
    }

    [Test]
    public void NoReplayMeansAThrottledLoad() =>
        Assert.That(new LowBandwidthCheck().WithinBudgetByFar(null), Is.False);
}
