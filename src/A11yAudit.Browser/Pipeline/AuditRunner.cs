using System.Collections.Concurrent;
using System.Reflection;
using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Axe;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Visit;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.Core.Urls;

namespace A11yAudit.Browser.Pipeline;

/// <summary>
/// Runs one audit: discover (start URLs, robots.txt, sitemaps, links) → visit → check, streaming each
/// finished page to the sink. Scoring and reporting happen after, on the results.
/// </summary>
public sealed class AuditRunner(AuditOptions options, IAuditProgress? progress = null, IReadOnlyList<IPageCheck>? checks = null, IReadOnlyList<ISiteCheck>? siteChecks = null)
{
    private readonly IAuditProgress _progress = progress ?? NullAuditProgress.Instance;
    private readonly IReadOnlyList<IPageCheck> _checks = checks ?? CheckRegistry.All;
    private readonly IReadOnlyList<ISiteCheck> _siteChecks = siteChecks ?? SiteCheckRegistry.All;

    /// <summary>Visit pages and follow links without checking them: discovery in the browser (single-page apps).</summary>
    public bool LinksOnly { get; init; }

    /// <summary>
    /// Where finished pages are spilled while the crawl runs (see <see cref="PageStore"/>); default: the system's
    /// temporary folder. The CLI uses the output folder.
    /// </summary>
    public string? SpillDirectory { get; init; }

    public static string ToolVersion => CrawlHttpClient.ToolVersion;

    /// <summary>After a run: how many times a page's header, navigation or footer took an earlier page's results.</summary>
    public int SharedRegionsReused { get; private set; }

    public Task<AuditResults> RunAsync(BrowserSession session, IPageResultSink sink, CancellationToken cancellationToken = default) =>
        RunAsync([session], sink, cancellationToken);

    /// <summary>
    /// Runs the audit with workers spread over several browsers (local or remote browser servers). A browser
    /// that dies costs only its in-flight pages, which go back in the queue for the others.
    /// </summary>
    /// <returns>Results whose <see cref="AuditResults.Pages"/> is a <see cref="PageStore"/> the caller must dispose.</returns>
    public async Task<AuditResults> RunAsync(IReadOnlyList<BrowserSession> sessions, IPageResultSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            throw new ArgumentException("At least one browser is needed.", nameof(sessions));
        }

        var session = sessions[0];
        ArgumentNullException.ThrowIfNull(sink);
        var startedAt = DateTimeOffset.UtcNow;
        var normalizer = new UrlNormalizer(options.Scope.IgnoreQueryParameters);
        var startUrls = options.StartUrls.Select(normalizer.Normalize).ToList();
        var scope = new ScopeRules(options.Scope, startUrls);
        var rateLimiter = new HostRateLimiter(options.Crawl.RequestsPerSecondPerHost);

        using var http = CrawlHttpClient.Create(options.Timeouts.Navigation, followRedirects: true);
        var robots = new RobotsPolicy(http, options.Crawl.RespectRobotsTxt, rateLimiter);
        foreach (var origin in startUrls.Select(ScopeRules.OriginOf).Distinct())
        {
            await robots.LoadAsync(new Uri(origin), cancellationToken).ConfigureAwait(false);
        }

        var frontier = new Frontier(normalizer, scope, robots.Decide, options.Crawl.MaxPages, options.Crawl.MaxDepth);
        foreach (var url in startUrls)
        {
            frontier.Offer(url, 0, null);
        }

        if (options.Crawl.UseSitemaps)
        {
            await SeedFromSitemapsAsync(http, rateLimiter, robots, frontier, startUrls, cancellationToken).ConfigureAwait(false);
        }

        frontier.SeedingDone();

        var sampler = new CheckSampler(options.CostlyChecksPerTemplate);
        var identical = options.Crawl.ReuseIdenticalPages ? new IdenticalPages() : null;
        var sharedRegions = options.Crawl.ReuseSharedRegions ? new SharedRegionCache() : null;
        using var pages = PageStore.Create(SpillDirectory);
        // Keyed by source and id: axe and A11yAudit both have a "skip-link" rule, and each keeps its own description.
        var rules = new ConcurrentDictionary<(string Source, string Id), RuleInfo>();
        var done = 0;
        var failed = 0;
        string? incompleteReason = null;

        // A redirect hop must pass the same tests as a link: scope and robots.txt.
        CrawlDecision Decide(Uri url)
        {
            var decision = scope.Decide(url);
            return decision.Allow ? robots.Decide(url) : decision;
        }

        async Task WorkerAsync(int workerIndex)
        {
            for (var attempt = 0; attempt < sessions.Count; attempt++)
            {
                var browser = sessions[(workerIndex + attempt) % sessions.Count];
                if (!browser.Browser.IsConnected)
                {
                    continue;
                }

                PageVisitor visitor;
                try
                {
                    visitor = await PageVisitor.CreateAsync(browser, options, Decide, _checks).ConfigureAwait(false);
                }
                catch (Microsoft.Playwright.PlaywrightException) when (sessions.Count > 1)
                {
                    // Most likely this browser just died; the next one takes over.
                    continue;
                }

                await using (visitor.ConfigureAwait(false))
                {
                    visitor.ClaimRedirectTarget = frontier.TryClaim;
                    visitor.Sampler = sampler;
                    visitor.Identical = identical;
                    visitor.SharedRegions = sharedRegions;
                    visitor.LinksOnly = LinksOnly;
                    if (await DrainAsync(visitor, browser).ConfigureAwait(false))
                    {
                        return;
                    }
                }

                _progress.Info($"A browser was lost; worker {workerIndex + 1} moves to another one.");
            }

            if (sessions.All(s => !s.Browser.IsConnected))
            {
                frontier.Stop();
                throw new BrowsersLostException();
            }
        }

        // Returns false when this worker's browser died: the in-flight page was put back in the queue.
        async Task<bool> DrainAsync(PageVisitor visitor, BrowserSession browser)
        {
            // A call into a browser that just died can wait for an answer that never comes: stop the visit at once.
            using var browserGone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            void OnDisconnected(object? sender, Microsoft.Playwright.IBrowser closed)
            {
                try
                {
                    browserGone.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // This worker has already moved on.
                }
            }

            browser.Browser.Disconnected += OnDisconnected;
            try
            {
                return await DrainWhileConnectedAsync(visitor, browser, browserGone).ConfigureAwait(false);
            }
            finally
            {
                browser.Browser.Disconnected -= OnDisconnected;
            }
        }

        async Task<bool> DrainWhileConnectedAsync(PageVisitor visitor, BrowserSession browser, CancellationTokenSource browserGone)
        {
            if (!browser.Browser.IsConnected)
            {
                return false;
            }

            // At most one page finishes behind the worker: its isolated checks (a throttled reload waiting on a slow
            // connection) run on while the tab starts the next page. It is recorded when they end.
            Task? finishing = null;
            try
            {
                await foreach (var item in frontier.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    var handedOn = false;
                    try
                    {
                        await rateLimiter.WaitAsync(item.Url, cancellationToken).ConfigureAwait(false);
                        _progress.PageStarted(item.Url.AbsoluteUri);
                        VisitResult visit;
                        try
                        {
                            visit = await visitor.VisitHandingOnAsync(item, browserGone.Token).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException) when (browserGone.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                        {
                            frontier.Requeue(item);
                            return false;
                        }

                        var page = visit.Page;
                        if (page.Outcome is PageOutcome.ScanFailed or PageOutcome.LoadFailed && !await StillConnectedAsync(browser).ConfigureAwait(false))
                        {
                            frontier.Requeue(item);
                            return false;
                        }

                        foreach (var rule in visit.Rules)
                        {
                            rules.TryAdd((rule.Source, rule.Id), rule);
                        }

                        if (options.Crawl.FollowLinks && page.WasScanned)
                        {
                            foreach (var link in visit.Links)
                            {
                                frontier.Offer(link, item.Depth + 1, item.Url.AbsoluteUri);
                            }
                        }

                        if (visit.Pending is { } pending)
                        {
                            if (finishing is not null)
                            {
                                await finishing.ConfigureAwait(false);
                            }

                            handedOn = true;
                            finishing = RecordWhenCompleteAsync(item, page, pending, browserGone.Token);
                            continue;
                        }

                        await RecordAsync(page).ConfigureAwait(false);
                    }
                    finally
                    {
                        if (!handedOn)
                        {
                            frontier.Complete(item);
                        }
                    }
                }
            }
            finally
            {
                if (finishing is not null)
                {
                    await finishing.ConfigureAwait(false);
                }
            }

            return true;
        }

        async Task RecordAsync(PageResult page)
        {
            await sink.WriteAsync(page, cancellationToken).ConfigureAwait(false);
            pages.Add(page);
            if (page.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed)
            {
                Interlocked.Increment(ref failed);
            }

            _progress.PageFinished(page, new CrawlCounts(Interlocked.Increment(ref done), frontier.Pending - 1, Volatile.Read(ref failed)));
        }

        // The complete page once its isolated checks end; the page as the tab left it (which says which checks did not
        // finish) if its browser goes away first.
        async Task RecordWhenCompleteAsync(CrawlItem item, PageResult partial, Task<VisitResult> pending, CancellationToken browserGone)
        {
            try
            {
                PageResult page;
                try
                {
                    page = (await pending.WaitAsync(browserGone).ConfigureAwait(false)).Page;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    page = partial;
                }

                await RecordAsync(page).ConfigureAwait(false);
            }
            finally
            {
                frontier.Complete(item);
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Crawl.Concurrency)).Select(i => Task.Run(() => WorkerAsync(i), cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            incompleteReason = "the audit was cancelled; results hold the pages finished before that";
        }
        catch (BrowsersLostException ex)
        {
            incompleteReason = ex.Message;
        }
        catch (Microsoft.Playwright.PlaywrightException ex)
        {
            frontier.Stop();
            incompleteReason = "the browser stopped responding: " + ex.Message.Split('\n')[0];
        }

        session = sessions.FirstOrDefault(s => s.Browser.IsConnected) ?? session;
        var catalogue = LinksOnly || !session.Browser.IsConnected ? [] : await ReadRuleCatalogueAsync(session).ConfigureAwait(false);
        foreach (var rule in catalogue)
        {
            rules.TryAdd((rule.Source, rule.Id), rule);
        }

        foreach (var check in _checks.Select(c => (c.Id, c.Help, c.WcagCriteria)).Concat(_siteChecks.Select(c => (c.Id, c.Help, c.WcagCriteria))))
        {
            rules.TryAdd(("a11yaudit", check.Id), new RuleInfo
            {
                Id = check.Id,
                Source = "a11yaudit",
                Help = check.Help,
                WcagCriteria = check.WcagCriteria,
                Category = Check.Checks.OwnFinding.CategoryFor(check.WcagCriteria),
            });
        }

        SharedRegionsReused = sharedRegions?.Reused ?? 0;
        if (sharedRegions?.FellBack is ({ } fellBack and > 0, var firstError))
        {
            _progress.Info($"Shared-region re-use failed on {fellBack} pages, which were scanned in full instead (first error: {firstError}).");
        }

        if (SharedRegionsReused > 0)
        {
            _progress.Info($"{SharedRegionsReused} shared regions (header, navigation, footer) were taken from earlier pages instead of being checked again.");
        }

        var skipped = frontier.Skipped.ToList();
        if (frontier.SkippedNotListed > 0)
        {
            _progress.Info($"{frontier.SkippedNotListed} more skipped URLs were counted but not listed.");
        }

        // Site checks compare finished pages, so they run after the crawl. pages.jsonl has already streamed
        // each page without their findings; results.json, built from these pages, is the complete record.
        // Crawl order depends on timing; results are ordered by depth then URL so reruns diff cleanly.
        var checkedPages = SiteChecks.Apply(PageLists.OrderBy(pages, PageOrderKey.DepthThenUrl), _siteChecks, options.DisabledChecks);
        return new AuditResults
        {
            Tool = new ToolVersions
            {
                Name = "A11yAudit",
                Version = ToolVersion,
                AxeVersion = AxeScript.Version,
                BrowserName = session.Name,
                BrowserVersion = session.Version,
            },
            Target = new AuditTarget
            {
                Name = options.Name,
                Description = options.Description,
                SourceFile = options.SourceFile,
                StartUrls = startUrls.Select(u => u.AbsoluteUri).ToList(),
                AllowedOrigins = scope.Origins.Order(StringComparer.Ordinal).ToList(),
                Include = options.Scope.Include,
                Exclude = options.Scope.Exclude,
                MaxPages = options.Crawl.MaxPages,
                MaxDepth = options.Crawl.MaxDepth,
                Viewport = options.Browser.Viewport.Name,
                Journeys = options.Journeys,
                AxeTags = options.Axe.IncludeBestPractice ? options.Axe.Tags.Append("best-practice").ToList() : options.Axe.Tags,
            },
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
            Incomplete = incompleteReason is not null,
            IncompleteReason = incompleteReason,
            Pages = checkedPages,
            Skipped = skipped.OrderBy(s => s.Url, StringComparer.Ordinal).ToList(),
            Rules = rules.Values.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>A failed page may mean a dead browser: give the disconnect event a moment to arrive.</summary>
    private static async Task<bool> StillConnectedAsync(BrowserSession browser)
    {
        for (var i = 0; i < 5 && browser.Browser.IsConnected; i++)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        return browser.Browser.IsConnected;
    }

    private static async Task<IReadOnlyList<RuleInfo>> ReadRuleCatalogueAsync(BrowserSession session)
    {
        try
        {
            return await ReadRuleCatalogueCoreAsync(session).WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A browser that stops answering at the very end costs the rule descriptions, not the audit.
            return [];
        }
    }

    private static async Task<IReadOnlyList<RuleInfo>> ReadRuleCatalogueCoreAsync(BrowserSession session)
    {
        try
        {
            var context = await session.Browser.NewContextAsync().ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.SetContentAsync("<!doctype html><html lang=\"en\"><title>rules</title></html>").ConfigureAwait(false);
                await page.EvaluateAsync("src => { (0, eval)(src); }", AxeScript.Text).ConfigureAwait(false);
                return await AxeRuleCatalogue.ReadAsync(page).ConfigureAwait(false);
            }
        }
        catch (Microsoft.Playwright.PlaywrightException)
        {
            return [];
        }
    }

    private async Task SeedFromSitemapsAsync(HttpClient http, HostRateLimiter rateLimiter, RobotsPolicy robots, Frontier frontier, IReadOnlyList<Uri> startUrls, CancellationToken cancellationToken)
    {
        var sitemapUrls = await SitemapDiscovery.SitemapUrlsAsync(robots, startUrls, cancellationToken).ConfigureAwait(false);
        var discovery = new SitemapDiscovery(http, rateLimiter);
        var entries = await discovery.DiscoverAsync(sitemapUrls, cancellationToken).ConfigureAwait(false);
        foreach (var (url, sitemap) in entries)
        {
            frontier.Offer(url, 0, sitemap);
        }

        if (entries.Count > 0)
        {
            _progress.Info($"{entries.Count} URLs found in sitemaps.");
        }
    }
}
