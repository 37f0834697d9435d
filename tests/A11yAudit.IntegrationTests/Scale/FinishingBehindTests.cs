using System.Collections.Concurrent;
using A11yAudit.Browser.Check;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>
/// A worker goes on to its next page while an isolated check of the last one (a throttled reload, in the audit) is
/// still running, and that page is recorded complete, with the check's findings, when the check ends.
/// </summary>
[TestFixture]
public sealed class FinishingBehindTests
{
    [Test]
    public async Task TheWorkerStartsTheNextPageWhileAnIsolatedCheckFinishesTheLastOne()
    {
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"));
        var first = new Uri(site.BaseUrl, "index.html");
        var second = new Uri(site.BaseUrl, "page-a.html");
        var progress = new RecordingProgress();
        var check = new HeldIsolatedCheck(first, progress.Started(second));
        var options = new AuditOptions
        {
            Name = "finishing-behind",
            StartUrls = [first, second],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Screenshots = false,
            Crawl = new CrawlOptions { Concurrency = 1, FollowLinks = false, MaxDepth = 0 },
        };

        var results = await new AuditRunner(options, progress, [check]).RunAsync(SharedBrowser.Session, new InMemorySink());

        var pages = results.Pages.ToList();
        var firstPage = pages.Single(p => p.Url == first.AbsoluteUri);
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Outcome), Is.All.EqualTo(PageOutcome.Scanned));
            Assert.That(check.HeldUntilNextPageStarted, Is.True, "the first page's check was not released by the second page's start: the worker waited for it");
            Assert.That(firstPage.Findings.Select(f => f.RuleId), Does.Contain(HeldIsolatedCheck.CheckId), "the first page was recorded without its isolated check's finding");
            Assert.That(firstPage.ChecksFailed, Is.Null.Or.Empty);
            // Without handing on, the second page would start only after the first was finished.
            var events = progress.Events.ToList();
            Assert.That(events, Has.Count.EqualTo(4), string.Join("; ", events));
            Assert.That(events.IndexOf($"start {second}"), Is.LessThan(events.IndexOf($"finish {first}")), string.Join("; ", events));
        });
    }

    /// <summary>Holds its finding for the first page until the second page has started (or 20 s have passed).</summary>
    private sealed class HeldIsolatedCheck(Uri held, Task release) : IIsolatedPageCheck
    {
        public const string CheckId = "held-isolated";

        public bool HeldUntilNextPageStarted { get; private set; }

        public string Id => CheckId;

        public string Help => "Test check.";

        public IReadOnlyList<string> WcagCriteria { get; } = [];

        public CheckCost Cost => CheckCost.Cheap;

        public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken) =>
            await (await BeginAsync(context, cancellationToken))(cancellationToken);

        public Task<Func<CancellationToken, Task<IReadOnlyList<Finding>>>> BeginAsync(PageCheckContext context, CancellationToken cancellationToken) =>
            Task.FromResult<Func<CancellationToken, Task<IReadOnlyList<Finding>>>>(async ct =>
            {
                if (context.Url == held)
                {
                    var released = await Task.WhenAny(release, Task.Delay(TimeSpan.FromSeconds(20), ct)) == release;
                    HeldUntilNextPageStarted = released;
                }

                return [new Finding { RuleId = CheckId, Source = "a11yaudit", Outcome = FindingOutcome.NeedsReview }];
            });
    }

    private sealed class RecordingProgress : IAuditProgress
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _started = new();

        public ConcurrentQueue<string> Events { get; } = new();

        public Task Started(Uri url) => _started.GetOrAdd(url.AbsoluteUri, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void PageStarted(string url)
        {
            Events.Enqueue($"start {url}");
            _started.GetOrAdd(url, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        public void PageFinished(PageResult page, CrawlCounts counts) => Events.Enqueue($"finish {page.Url}");

        public void Info(string message)
        {
        }
    }
}
