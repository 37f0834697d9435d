using System.Diagnostics;
using A11yAudit.Core.Model;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check;

/// <summary>
/// One page's own checks, in the order that keeps them fast and their results sound: isolated checks (see
/// <see cref="IIsolatedPageCheck"/>) start before axe and run beside it; after axe, the cheap checks run together on
/// the page as axe saw it, then the costly ones one after another, each on the page as the one before left it.
/// Every check is timed, and one that fails or times out costs only its own findings.
/// </summary>
internal sealed class PageCheckRun : IAsyncDisposable
{
    private readonly IReadOnlyList<IPageCheck> _checks;
    private readonly PageCheckContext _context;
    private readonly TimeSpan _timeLimit;
    private readonly CancellationTokenSource _isolatedStop;
    private readonly Dictionary<string, Task<CheckOutcome>> _isolated = new(StringComparer.Ordinal);

    private PageCheckRun(IReadOnlyList<IPageCheck> checks, PageCheckContext context, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        _checks = checks;
        _context = context;
        _timeLimit = timeLimit;
        _isolatedStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Starts the isolated checks among <paramref name="checks"/>; call before axe.</summary>
    public static PageCheckRun Start(IReadOnlyList<IPageCheck> checks, PageCheckContext context, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var run = new PageCheckRun(checks, context, timeLimit, cancellationToken);
        foreach (var check in checks.OfType<IIsolatedPageCheck>())
        {
            run._isolated[check.Id] = run.RunIsolatedAsync(check, run._isolatedStop.Token);
        }

        return run;
    }

    /// <summary>Runs the checks that use the tab and waits for the isolated ones; one outcome per check id.</summary>
    public async Task<IReadOnlyDictionary<string, CheckOutcome>> FinishAsync(CancellationToken cancellationToken)
    {
        var ran = await FinishTabChecksAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (id, outcome) in await IsolatedOutcomesAsync().ConfigureAwait(false))
        {
            ran[id] = outcome;
        }

        return ran;
    }

    /// <summary>
    /// Runs the checks that use the tab. The isolated checks' outcomes are included if they have all finished by then;
    /// otherwise they may still be running after it returns, so the tab can go on to the next page while a throttled
    /// reload finishes (see <see cref="IsolatedOutcomesAsync"/>).
    /// </summary>
    public async Task<Dictionary<string, CheckOutcome>> FinishTabChecksAsync(CancellationToken cancellationToken)
    {
        var ran = new Dictionary<string, CheckOutcome>(StringComparer.Ordinal);

        // Cheap checks only read the page: together, on the page as axe saw it, before any costly check changes it.
        var cheap = _checks.Where(c => c.Cost == CheckCost.Cheap && !_isolated.ContainsKey(c.Id)).ToList();
        var cheapOutcomes = await Task.WhenAll(cheap.Select(check => RunTimedAsync(ct => check.RunAsync(_context, ct), cancellationToken))).ConfigureAwait(false);
        for (var i = 0; i < cheap.Count; i++)
        {
            ran[cheap[i].Id] = cheapOutcomes[i];
        }

        string? stillRunning = null;
        foreach (var check in _checks.Where(c => !_isolated.ContainsKey(c.Id) && !ran.ContainsKey(c.Id)))
        {
            // A check that timed out may still be pressing keys or resizing the tab: the rest would judge a page in flux.
            ran[check.Id] = stillRunning is null
                ? await RunTimedAsync(ct => check.RunAsync(_context, ct), cancellationToken).ConfigureAwait(false)
                : new CheckOutcome([], 0, $"not run: {stillRunning} timed out on this page before it");
            if (ran[check.Id].TimedOut)
            {
                stillRunning = check.Id;
            }
        }

        if (_isolated.Values.All(t => t.IsCompleted))
        {
            foreach (var (id, outcome) in await IsolatedOutcomesAsync().ConfigureAwait(false))
            {
                ran[id] = outcome;
            }
        }

        return ran;
    }

    /// <summary>The isolated checks' outcomes, once they have all finished (each is bounded by the time limit).</summary>
    public async Task<IReadOnlyDictionary<string, CheckOutcome>> IsolatedOutcomesAsync()
    {
        var outcomes = new Dictionary<string, CheckOutcome>(StringComparer.Ordinal);
        foreach (var (id, running) in _isolated)
        {
            outcomes[id] = await running.ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>Reads what an isolated check needs from the tab now, and leaves the rest of it running.</summary>
    private async Task<CheckOutcome> RunIsolatedAsync(IIsolatedPageCheck check, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Func<CancellationToken, Task<IReadOnlyList<Finding>>>? work = null;
        var begun = await RunTimedAsync(async ct =>
        {
            work = await check.BeginAsync(_context, ct).ConfigureAwait(false);
            return [];
        }, cancellationToken).ConfigureAwait(false);
        if (work is null)
        {
            return begun;
        }

        // Off the caller's path, so axe starts at once.
        await Task.Yield();
        var done = await RunTimedAsync(work, cancellationToken).ConfigureAwait(false);
        return done with { Milliseconds = watch.Elapsed.TotalMilliseconds };
    }

    private async Task<CheckOutcome> RunTimedAsync(Func<CancellationToken, Task<IReadOnlyList<Finding>>> check, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var findings = await check(cancellationToken).WaitAsync(_timeLimit, cancellationToken).ConfigureAwait(false);
            return new CheckOutcome(findings, watch.Elapsed.TotalMilliseconds);
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CheckOutcome([], watch.Elapsed.TotalMilliseconds, $"timed out after {_timeLimit.TotalSeconds:0} s", TimedOut: true);
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or System.Text.Json.JsonException or FormatException or KeyNotFoundException or ArgumentException
            && !cancellationToken.IsCancellationRequested)
        {
            return new CheckOutcome([], watch.Elapsed.TotalMilliseconds, "failed: " + ErrorText.FirstLine(ex.Message));
        }
    }

    /// <summary>A scan that failed half-way leaves no isolated check running behind it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _isolatedStop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_isolated.Values.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        _isolatedStop.Dispose();
    }
}

/// <summary>What one check produced on one page: findings, wall time, and why it failed if it did.</summary>
internal sealed record CheckOutcome(IReadOnlyList<Finding> Findings, double Milliseconds, string? Error = null, bool TimedOut = false);
