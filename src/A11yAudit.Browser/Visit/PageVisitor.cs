using System.Diagnostics;
using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Axe;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Launch;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>
/// One crawl worker's browser context and tab. Visits a URL with GET only, waits for it to settle, runs
/// axe and the exclusion checks, and always returns a PageResult: a page that fails is recorded with its
/// reason, never dropped.
/// </summary>
public sealed class PageVisitor : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly NavigationGuard _guard;
    private readonly AuditOptions _options;
    private readonly AxeRunner _axe;
    private readonly IReadOnlyList<IPageCheck> _checks;
    private readonly ElementScreenshotter? _screenshots;
    private readonly IsolatedPagePool _isolatedPages;
    private IPage? _page;

    private BrowserSession? _session;
    private Func<Uri, CrawlDecision>? _decide;

    private PageVisitor(IBrowserContext context, NavigationGuard guard, AuditOptions options, AxeRunner axe, IReadOnlyList<IPageCheck> checks)
    {
        _context = context;
        _guard = guard;
        _options = options;
        _axe = axe;
        _checks = checks;
        _screenshots = options.ScreenshotDirectory is { } shots ? new ElementScreenshotter(shots) : null;
        _isolatedPages = new IsolatedPagePool(OpenIsolatedPageAsync);
    }

    public static async Task<PageVisitor> CreateAsync(BrowserSession session, AuditOptions options, Func<Uri, CrawlDecision> decide, IReadOnlyList<IPageCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        var context = await session.NewContextAsync(options.Browser.Viewport).ConfigureAwait(false);
        try
        {
            context.SetDefaultTimeout((float)options.Timeouts.Scan.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)options.Timeouts.Navigation.TotalMilliseconds);
            await AxeRunner.InstallAsync(context).ConfigureAwait(false);
            await context.AddInitScriptAsync(DomSettle.InitScript).ConfigureAwait(false);
            var guard = new NavigationGuard(decide, options.Crawl.AllowNonGetRequests, options.Timeouts.Navigation);
            await guard.AttachAsync(context).ConfigureAwait(false);
            return new PageVisitor(context, guard, options, new AxeRunner(options.Axe), checks) { _session = session, _decide = decide };
        }
        catch
        {
            await Closing.ContextQuietlyAsync(context).ConfigureAwait(false);
            throw;
        }
    }

    public int BlockedRequests => _guard.BlockedRequests;

    /// <summary>Decides whether a redirect target should be audited as part of this visit (see Frontier.TryClaim).</summary>
    public Func<Uri, bool> ClaimRedirectTarget { get; set; } = _ => true;

    /// <summary>Discovery only: load the page and collect its links, run no checks (browser-mode discovery).</summary>
    public bool LinksOnly { get; set; }

    /// <summary>Shared by all workers of an audit so costly checks are sampled per template across the crawl.</summary>
    public CheckSampler Sampler { get; set; } = new(int.MaxValue);

    /// <summary>Shared by all workers of an audit so a page identical to one already checked is not checked again; null checks every page.</summary>
    public IdenticalPages? Identical { get; set; }

    /// <summary>Shared by all workers of an audit so a header, navigation or footer already checked is not checked again; null checks every region.</summary>
    public SharedRegionCache? SharedRegions
    {
        get => _axe.SharedRegions;
        set => _axe.SharedRegions = value;
    }

    /// <summary>Visits and checks a page, and returns it complete (isolated checks included).</summary>
    public async Task<VisitResult> VisitAsync(CrawlItem item, CancellationToken cancellationToken)
    {
        var visit = await VisitHandingOnAsync(item, cancellationToken).ConfigureAwait(false);
        return visit.Pending is { } pending ? await pending.ConfigureAwait(false) : visit;
    }

    /// <summary>
    /// Visits and checks a page, and returns as soon as the tab is done with it: isolated checks still running
    /// (a throttled reload waiting on its slow connection) complete the page in <see cref="VisitResult.Pending"/>,
    /// so the caller can start the next page with this tab meanwhile.
    /// </summary>
    public async Task<VisitResult> VisitHandingOnAsync(CrawlItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();
        var viewport = _options.Browser.Viewport.Name;
        var basePage = new PageResult
        {
            Url = item.Url.AbsoluteUri,
            Depth = item.Depth,
            FoundOn = item.FoundOn,
            Outcome = PageOutcome.LoadFailed,
            StartedAt = started,
            Viewport = viewport,
        };

        using var pageTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        pageTimeout.CancelAfter(_options.Timeouts.Page);
        try
        {
            // The visit is abandoned when its time is up or its browser dies, even where a call inside it never
            // returns (a call sent as the browser's connection closes can wait for ever).
            return await VisitCoreAsync(item, basePage, total, pageTimeout.Token).WaitAsync(pageTimeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await ResetPageAsync().ConfigureAwait(false);
            return Failed(basePage with { Outcome = PageOutcome.ScanFailed }, $"page time limit of {_options.Timeouts.Page.TotalSeconds:0} s exceeded", total);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or InvalidOperationException or System.Text.Json.JsonException)
        {
            await ResetPageAsync().ConfigureAwait(false);
            return Failed(basePage with { Outcome = PageOutcome.ScanFailed }, "scan failed: " + ErrorText.FirstLine(ex.Message), total);
        }
    }

    private async Task<VisitResult> VisitCoreAsync(CrawlItem item, PageResult page, Stopwatch total, CancellationToken cancellationToken)
    {
        var tab = await GetPageAsync().ConfigureAwait(false);
        _guard.Reset();
        _guard.Locked = false;

        var navigate = Stopwatch.StartNew();
        IResponse? response;
        string? loadNote = null;
        var target = item.Url;
        while (true)
        {
            try
            {
                response = await tab.GotoAsync(target.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                if (await LoadedBarTheLoadEventAsync(tab, target, ex).ConfigureAwait(false))
                {
                    // Something the page loads never finished (a stalled image, a slow tracker), but the document
                    // is all there: audit it as it stands, as a person would see it, and say so.
                    loadNote = $"did not finish loading within {_options.Timeouts.Navigation.TotalSeconds:0} s (its document had arrived, but something it loads never did and its load event never came); audited as it stood";
                    response = null;
                    break;
                }

                // An aborted navigation leaves Chromium heading for its error page: continue in a fresh tab.
                await ResetPageAsync().ConfigureAwait(false);
                var redirect = _guard.Current.RedirectTarget;
                if (redirect is null || _guard.Current.RedirectChain.Count > NavigationGuard.MaxRedirects)
                {
                    return NavigationFailed(page, ex, total);
                }

                if (!ClaimRedirectTarget(redirect))
                {
                    return Failed(page with { Outcome = PageOutcome.Redirected, FinalUrl = redirect.AbsoluteUri }, $"redirects to {redirect.AbsoluteUri}, which is audited in its own right", total);
                }

                _guard.ContinueRedirect();
                target = redirect;
                tab = await GetPageAsync().ConfigureAwait(false);
            }
        }

        _guard.Locked = true;
        var nav = _guard.Current;
        var status = response?.Status ?? nav.Status;
        page = page with
        {
            Reason = JoinNotes(nav.Note, loadNote),
            FinalUrl = tab.Url,
            HttpStatus = status,
            ContentType = nav.ContentType ?? (response is null ? null : await HeaderAsync(response, "content-type").ConfigureAwait(false)),
        };

        await tab.EvaluateAsync<double>(DomSettle.Script, new[] { DomSettle.QuietMilliseconds, (int)_options.Timeouts.NetworkIdle.TotalMilliseconds })
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        navigate.Stop();

        // One round trip for both; the serialised DOM feeds link discovery and the HTML-based checks.
        var snapshot = await tab.EvaluateAsync<string[]>("() => [document.title, document.documentElement.outerHTML]")
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var title = snapshot[0];
        var html = snapshot[1];
        var links = LinkExtractor.ExtractLinks(html, new Uri(tab.Url));
        if (LinksOnly)
        {
            var found = page with { Title = title, Outcome = status is >= 400 ? PageOutcome.HttpError : PageOutcome.Scanned, Timings = new PageTimings { NavigateMs = navigate.Elapsed.TotalMilliseconds, TotalMs = total.Elapsed.TotalMilliseconds } };
            return new VisitResult(found, links, []);
        }

        if (Identical is null)
        {
            return HandOn(await ScanAsync(tab, page, title, html, status, links, navigate, total, cancellationToken).ConfigureAwait(false), null);
        }

        var viewports = string.Join(",", _options.Browser.AdditionalViewports.Select(v => v.Name).Prepend(page.Viewport ?? "default"));
        var claim = Identical.ClaimFor(IdenticalPages.KeyOf(new Uri(tab.Url), viewports, html));
        if (!claim.IsFirst && await claim.Earlier.WaitAsync(cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return TakeOver(page, earlier, title, status, links, navigate, total);
        }

        ScannedPage? scanned = null;
        try
        {
            // Waiting on the token (not only passing it) lets an abandoned scan still release its claim below.
            scanned = await ScanAsync(tab, page, title, html, status, links, navigate, total, cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
            return HandOn(scanned, claim);
        }
        finally
        {
            // A page still finishing its isolated checks settles its claim when they end (see CompleteLaterAsync).
            if (scanned?.Rest is null)
            {
                SettleClaim(claim, scanned);
            }
        }
    }

    /// <summary>Hands the first scan's findings to the page's twins; a scan that threw leaves nothing to hand on, so twins check themselves.</summary>
    private void SettleClaim(IdenticalPages.Claim? claim, ScannedPage? scanned)
    {
        if (claim is not { IsFirst: true } first)
        {
            return;
        }

        if (scanned is not null)
        {
            Identical!.Complete(first.Key, scanned.Checked);
        }
        else
        {
            Identical!.Abandon(first.Key);
        }
    }

    /// <summary>The visit; while isolated checks are still running, with the complete page to come in <see cref="VisitResult.Pending"/>.</summary>
    private VisitResult HandOn(ScannedPage scanned, IdenticalPages.Claim? claim) =>
        scanned.Rest is null ? scanned.Visit : scanned.Visit with { Pending = CompleteLaterAsync(scanned.Rest, claim) };

    /// <summary>Twins of the page wait for its complete findings, so its claim is completed only now.</summary>
    private async Task<VisitResult> CompleteLaterAsync(Task<ScannedPage> rest, IdenticalPages.Claim? claim)
    {
        ScannedPage? done = null;
        try
        {
            done = await rest.ConfigureAwait(false);
            return done.Visit;
        }
        finally
        {
            SettleClaim(claim, done);
        }
    }

    /// <summary>A page identical to one already checked: that page's findings, this page's own visit.</summary>
    private static VisitResult TakeOver(PageResult page, CheckedPage earlier, string title, int? status, IReadOnlyList<Uri> links, Stopwatch navigate, Stopwatch total) =>
        new(Finished(page, title, status, earlier, new PageTimings { NavigateMs = navigate.Elapsed.TotalMilliseconds, TotalMs = total.Elapsed.TotalMilliseconds }) with { SameAs = earlier.Url }, links, earlier.Rules);

    private static PageResult Finished(PageResult page, string title, int? status, CheckedPage checkedPage, PageTimings timings)
    {
        var outcome = status is >= 400 ? PageOutcome.HttpError : PageOutcome.Scanned;
        return page with
        {
            Title = title,
            Outcome = outcome,
            // A note made while loading (the load event never came) stays with the page.
            Reason = outcome == PageOutcome.HttpError ? JoinNotes($"HTTP {status}", page.Reason) : page.Reason,
            Findings = checkedPage.Findings,
            Screenshot = checkedPage.Screenshot,
            PassedRules = checkedPage.PassedRules,
            ChecksNotRun = checkedPage.ChecksNotRun,
            Template = checkedPage.Template,
            InapplicableRules = checkedPage.InapplicableRules,
            ChecksFailed = checkedPage.ChecksFailed,
            Timings = timings,
        };
    }

    /// <param name="Rest">Set when isolated checks were still running as the tab finished: the complete page, when they end.</param>
    private sealed record ScannedPage(VisitResult Visit, CheckedPage Checked, Task<ScannedPage>? Rest = null);

    private async Task<ScannedPage> ScanAsync(IPage tab, PageResult page, string title, string html, int? status, IReadOnlyList<Uri> links, Stopwatch navigate, Stopwatch total, CancellationToken cancellationToken)
    {
        var context = new PageCheckContext(tab, new Uri(tab.Url), html, _options, page.Viewport ?? "default")
        {
            LeaseIsolatedPageAsync = _isolatedPages.LeaseAsync,
        };
        var sampledOut = new List<string>();
        var toRun = new List<IPageCheck>();
        foreach (var check in _checks.Where(c => !_options.DisabledChecks.Contains(c.Id)))
        {
            if (Sampler.ShouldRun(check, context))
            {
                toRun.Add(check);
            }
            else
            {
                sampledOut.Add(check.Id);
            }
        }

        // Isolated checks start before axe and run beside it (see PageCheckRun for the order).
        var checks = PageCheckRun.Start(toRun, context, _options.Timeouts.Scan, cancellationToken);
        var handedOn = false;
        try
        {
            var axeWatch = Stopwatch.StartNew();
            var scan = await _axe.RunAsync(tab, page.Viewport ?? "default", cancellationToken)
                .WaitAsync(_options.Timeouts.Scan, cancellationToken).ConfigureAwait(false);
            var axeMs = axeWatch.Elapsed.TotalMilliseconds;

            var checksWatch = Stopwatch.StartNew();
            // Isolated checks done by now are among these: their findings take their place and are in the screenshots.
            var ran = await checks.FinishTabChecksAsync(cancellationToken).ConfigureAwait(false);
            var checksMs = checksWatch.Elapsed.TotalMilliseconds;

            var findings = new List<Finding>(scan.Findings);
            findings.AddRange(toRun.Where(c => ran.ContainsKey(c.Id)).SelectMany(c => ran[c.Id].Findings));
            var rules = new List<RuleInfo>(scan.Rules);

            var extraAxeMs = 0d;
            var extraChecksMs = 0d;
            var extraFailures = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var viewport in _options.Browser.AdditionalViewports.Where(v => v.Name != page.Viewport))
            {
                // Findings keep their viewport; one seen at both widths is reported once for each.
                var extra = await ScanAtViewportAsync(tab, viewport, cancellationToken).ConfigureAwait(false);
                findings.AddRange(extra.Findings);
                rules.AddRange(extra.Rules);
                links = links.Union(extra.Links).ToList();
                extraAxeMs += extra.AxeMs;
                extraChecksMs += extra.ChecksMs;
                foreach (var (id, error) in extra.ChecksFailed)
                {
                    extraFailures.TryAdd(id, error);
                }
            }

            var screenshotWatch = Stopwatch.StartNew();
            var shots = _screenshots is null
                ? new ScreenshotResult(findings, null)
                : await _screenshots.CaptureAsync(tab, page.Url, page.Viewport ?? "default", findings, cancellationToken).ConfigureAwait(false);
            screenshotWatch.Stop();

            // The page as the tab saw it; isolated checks still running add their outcomes when they finish.
            ScannedPage Complete(IReadOnlyDictionary<string, CheckOutcome> isolated)
            {
                var outcomes = new Dictionary<string, CheckOutcome>(ran, StringComparer.Ordinal);
                foreach (var (id, outcome) in isolated)
                {
                    outcomes[id] = outcome;
                }

                var all = new List<Finding>(shots.Findings);
                all.AddRange(toRun.Where(c => isolated.ContainsKey(c.Id)).SelectMany(c => isolated[c.Id].Findings));
                var checkMs = toRun.ToDictionary(c => c.Id, c => outcomes[c.Id].Milliseconds, StringComparer.Ordinal);
                var checksFailed = toRun.Where(c => outcomes[c.Id].Error is not null).ToDictionary(c => c.Id, c => outcomes[c.Id].Error!, StringComparer.Ordinal);
                foreach (var (id, error) in extraFailures)
                {
                    checksFailed.TryAdd(id, error);
                }

                var checkedPage = new CheckedPage(page.Url, all, rules, scan.PassedRules, scan.InapplicableRules, sampledOut, _checks.Count > 0 ? context.Template : null, shots.Thumbnail, checksFailed.Count > 0 ? checksFailed : null);
                var result = Finished(page, title, status, checkedPage, new PageTimings
                {
                    NavigateMs = navigate.Elapsed.TotalMilliseconds,
                    AxeMs = axeMs + extraAxeMs,
                    ChecksMs = checksMs + extraChecksMs,
                    ScreenshotMs = screenshotWatch.Elapsed.TotalMilliseconds,
                    TotalMs = total.Elapsed.TotalMilliseconds,
                    CheckMs = checkMs.Count > 0 ? checkMs : null,
                });
                return new ScannedPage(new VisitResult(result, links, rules), checkedPage);
            }

            var isolatedIds = toRun.Where(c => !ran.ContainsKey(c.Id)).Select(c => c.Id).ToList();
            if (isolatedIds.Count == 0)
            {
                return Complete(new Dictionary<string, CheckOutcome>());
            }

            // The tab is done with this page: the worker may go on while an isolated check (a throttled reload
            // waiting on its slow connection) finishes. The page is complete, and written, when that check ends;
            // its findings come last and without screenshots (the tab has moved on). Until then the page says so,
            // in case it has to be written without them (its browser went away).
            handedOn = true;
            var partial = Complete(isolatedIds.ToDictionary(id => id, _ => new CheckOutcome([], 0, "did not finish: the audit lost the page's browser"), StringComparer.Ordinal));
            return partial with { Rest = FinishIsolatedAsync(checks, isolatedIds, Complete) };
        }
        finally
        {
            if (!handedOn)
            {
                await checks.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Waits for the isolated checks and completes the page; never throws (a check that did not finish is recorded as failed).</summary>
    private static async Task<ScannedPage> FinishIsolatedAsync(PageCheckRun checks, IReadOnlyList<string> isolatedIds, Func<IReadOnlyDictionary<string, CheckOutcome>, ScannedPage> complete)
    {
        try
        {
            IReadOnlyDictionary<string, CheckOutcome> outcomes;
            try
            {
                outcomes = await checks.IsolatedOutcomesAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or PlaywrightException or TimeoutException or InvalidOperationException)
            {
                var reason = ex is OperationCanceledException ? "did not finish: the visit was stopped" : "failed: " + ErrorText.FirstLine(ex.Message);
                outcomes = isolatedIds.ToDictionary(id => id, _ => new CheckOutcome([], 0, reason), StringComparer.Ordinal);
            }

            return complete(outcomes);
        }
        finally
        {
            await checks.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Resizes the same tab to <paramref name="viewport"/>, lets it settle, runs axe and the cheap checks, and
    /// puts the main viewport back. The context keeps its main viewport's mobile and touch emulation (they
    /// cannot change per tab), so a desktop pass is a wide layout, not a desktop browser.
    /// </summary>
    private async Task<ViewportPass> ScanAtViewportAsync(IPage tab, ViewportOptions viewport, CancellationToken cancellationToken)
    {
        var original = tab.ViewportSize;
        await tab.SetViewportSizeAsync(viewport.Width, viewport.Height).ConfigureAwait(false);
        try
        {
            await tab.EvaluateAsync<double>(DomSettle.Script, new[] { DomSettle.QuietMilliseconds, (int)_options.Timeouts.NetworkIdle.TotalMilliseconds })
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            var axeWatch = Stopwatch.StartNew();
            var scan = await _axe.RunAsync(tab, viewport.Name, cancellationToken).WaitAsync(_options.Timeouts.Scan, cancellationToken).ConfigureAwait(false);
            axeWatch.Stop();

            var checksWatch = Stopwatch.StartNew();
            var html = await tab.ContentAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            var context = new PageCheckContext(tab, new Uri(tab.Url), html, _options, viewport.Name) { LeaseIsolatedPageAsync = _isolatedPages.LeaseAsync };
            var findings = new List<Finding>(scan.Findings);
            var cheap = _checks.Where(c => c.Cost == CheckCost.Cheap && !_options.DisabledChecks.Contains(c.Id)).ToList();
            var failed = new Dictionary<string, string>(StringComparer.Ordinal);

            // As in the main pass, a check that fails or times out here costs only its own findings.
            await using (var checks = PageCheckRun.Start(cheap, context, _options.Timeouts.Scan, cancellationToken))
            {
                var ran = await checks.FinishAsync(cancellationToken).ConfigureAwait(false);
                foreach (var check in cheap)
                {
                    findings.AddRange(ran[check.Id].Findings);
                    if (ran[check.Id].Error is { } error)
                    {
                        failed[check.Id] = $"at the {viewport.Name} viewport: {error}";
                    }
                }
            }

            checksWatch.Stop();
            var links = LinkExtractor.ExtractLinks(html, new Uri(tab.Url));
            return new ViewportPass(findings, scan.Rules, links, axeWatch.Elapsed.TotalMilliseconds, checksWatch.Elapsed.TotalMilliseconds, failed);
        }
        finally
        {
            if (original is not null && !tab.IsClosed)
            {
                await tab.SetViewportSizeAsync(original.Width, original.Height).ConfigureAwait(false);
            }
        }
    }

    private sealed record ViewportPass(IReadOnlyList<Finding> Findings, IReadOnlyList<RuleInfo> Rules, IReadOnlyList<Uri> Links, double AxeMs, double ChecksMs, IReadOnlyDictionary<string, string> ChecksFailed);

    /// <summary>
    /// True when the navigation only timed out waiting for the load event: the guard handed over the HTML document
    /// asked for, the tab shows it, and the parser has finished with it (readyState past "loading").
    /// </summary>
    private async Task<bool> LoadedBarTheLoadEventAsync(IPage tab, Uri target, Exception ex)
    {
        var nav = _guard.Current;
        if (!IsTimeout(ex) || tab.IsClosed || nav.Status is null || nav.NotHtml || nav.Failure is not null || nav.RedirectTarget is not null || !PageAddress.Shows(tab, target))
        {
            return false;
        }

        try
        {
            var state = await tab.EvaluateAsync<string>("() => document.readyState").WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            return state is "interactive" or "complete";
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Playwright reports a navigation time-out as TimeoutException, or in the message of a wrapped error.</summary>
    private static bool IsTimeout(Exception ex) => ex is TimeoutException || ex.Message.Contains("Timeout", StringComparison.OrdinalIgnoreCase);

    /// <summary>The notes made on a page, in order, as one reason; null when there are none.</summary>
    private static string? JoinNotes(params string?[] notes) =>
        notes.Where(n => n is not null).ToList() is { Count: > 0 } made ? string.Join("; ", made) : null;

    private VisitResult NavigationFailed(PageResult page, Exception ex, Stopwatch total)
    {
        var nav = _guard.Current;
        page = page with { HttpStatus = nav.Status, ContentType = nav.ContentType };
        if (nav.NotHtml)
        {
            return Failed(page with { Outcome = PageOutcome.NotHtml }, $"not HTML ({nav.ContentType}): recorded, not scanned", total);
        }

        if (nav.RedirectedOutOfScopeTo is not null)
        {
            return Failed(page with { Outcome = PageOutcome.RedirectedOutOfScope, FinalUrl = nav.RedirectedOutOfScopeTo.AbsoluteUri }, nav.Failure ?? "redirected out of scope", total);
        }

        if (nav.Failure is not null)
        {
            return Failed(page with { Outcome = PageOutcome.LoadFailed }, nav.Failure, total);
        }

        if (nav.Status is >= 400)
        {
            // Chromium refuses to render an error status with an empty body; there is nothing to scan.
            return Failed(page with { Outcome = PageOutcome.HttpError }, $"HTTP {nav.Status} with no page to scan" + (nav.Note is { } note ? $" ({note})" : ""), total);
        }

        var reason = IsTimeout(ex)
            ? $"did not finish loading within {_options.Timeouts.Navigation.TotalSeconds:0} s"
            : "could not load: " + ErrorText.FirstLine(ex.Message);
        return Failed(page with { Outcome = PageOutcome.LoadFailed }, reason, total);
    }

    /// <summary>A page in a context of its own, guarded like the crawl's (GET only, scope-checked redirects).</summary>
    private async Task<(IPage Page, NavigationGuard Guard)> OpenIsolatedPageAsync(bool javaScriptEnabled)
    {
        var context = await _session!.NewContextAsync(_options.Browser.Viewport, javaScriptEnabled).ConfigureAwait(false);
        context.SetDefaultTimeout((float)_options.Timeouts.Scan.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)_options.Timeouts.Navigation.TotalMilliseconds);
        var guard = new NavigationGuard(_decide!, _options.Crawl.AllowNonGetRequests, _options.Timeouts.Navigation);
        await guard.AttachAsync(context).ConfigureAwait(false);
        // Isolated pages are where pages load for seconds on end (the throttled reload): no tab throbber to draw.
        return (await PopupWindow.OpenAsync(context).ConfigureAwait(false), guard);
    }

    private static VisitResult Failed(PageResult page, string reason, Stopwatch total) =>
        new(page with { Reason = reason, Timings = new PageTimings { TotalMs = total.Elapsed.TotalMilliseconds } }, [], []);

    private static async Task<string?> HeaderAsync(IResponse response, string name)
    {
        try
        {
            return await response.HeaderValueAsync(name).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>
    /// Visits per tab before it is replaced: the driver keeps an object for every request a tab has made until the
    /// tab closes, so a tab that lives for a whole crawl grows with it (live heap of a 1,200-page axe-only crawl:
    /// 8 KB per page without replacing tabs, 3 KB with).
    /// </summary>
    internal int VisitsPerTab { get; set; } = 200;

    /// <summary>Tabs this visitor has opened (tests).</summary>
    internal int TabsOpened { get; private set; }

    private int _visitsInTab;

    private async Task<IPage> GetPageAsync()
    {
        if (_page is not null && !_page.IsClosed && ++_visitsInTab > VisitsPerTab)
        {
            await ResetPageAsync().ConfigureAwait(false);
        }

        if (_page is null || _page.IsClosed)
        {
            // A window with no tab: a real site's pages take seconds to load, and a tab's throbber is drawn all that time.
            _page = await PopupWindow.OpenAsync(_context).ConfigureAwait(false);
            _visitsInTab = 1;
            TabsOpened++;
        }

        return _page;
    }

    /// <summary>A page that timed out or crashed may still be busy: start the next visit in a fresh tab.</summary>
    private async Task ResetPageAsync()
    {
        var old = _page;
        _page = null;
        if (old is not null)
        {
            await Closing.QuietlyAsync(() => old.CloseAsync(new PageCloseOptions { RunBeforeUnload = false })).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _isolatedPages.DisposeAsync().ConfigureAwait(false);
        await Closing.ContextQuietlyAsync(_context).ConfigureAwait(false);
    }
}
