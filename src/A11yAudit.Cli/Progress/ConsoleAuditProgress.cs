using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Model;
using Spectre.Console;

namespace A11yAudit.Cli.Progress;

/// <summary>
/// Crawl progress on the console: a live Spectre.Console bar on a terminal, one plain line per page when
/// output is redirected (CI logs), so logs stay readable.
/// </summary>
public sealed class ConsoleAuditProgress(IAnsiConsole console, bool live) : IAuditProgress
{
    private ProgressTask? _task;
    private int _started;

    public bool Live => live;

    /// <summary>Runs <paramref name="work"/> under a live progress display when the console supports one.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!live)
        {
            return await work().ConfigureAwait(false);
        }

        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                _task = ctx.AddTask("Starting the browser", maxValue: 1);
                result = await work().ConfigureAwait(false);
                _task.Value = _task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    public void PageStarted(string url)
    {
        Interlocked.Increment(ref _started);
        if (_task is not null)
        {
            _task.Description = Markup.Escape(Shorten(url));
        }
    }

    public void PageFinished(PageResult page, CrawlCounts counts)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (_task is not null)
        {
            _task.MaxValue = Math.Max(1, counts.Done + counts.Pending);
            _task.Value = counts.Done;
            return;
        }

        var violations = page.Findings.Count(f => f.Outcome == FindingOutcome.Violation);
        var count = $"{violations} violation{(violations == 1 ? "" : "s")}";
        // A scanned page's reason is a note (its load event never came), shown beside its count, not instead of it.
        var detail = page.Reason is not { } reason ? count : page.Outcome == PageOutcome.Scanned ? $"{count}; {reason}" : reason;
        // Plain, unwrapped lines: CI logs are searched and copied, never resized.
        console.Profile.Out.Writer.WriteLine($"[{counts.Done} done, {counts.Pending} queued, {counts.Failed} failed] {Outcome(page.Outcome)} {page.Url} — {detail}");
    }

    public void Info(string message)
    {
        if (_task is null)
        {
            console.Profile.Out.Writer.WriteLine(message);
        }
        else
        {
            console.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
        }
    }

    private static string Outcome(PageOutcome outcome) => outcome switch
    {
        PageOutcome.Scanned => "scanned",
        PageOutcome.HttpError => "http-error",
        PageOutcome.NotHtml => "not-html",
        PageOutcome.Redirected => "redirected",
        PageOutcome.RedirectedOutOfScope => "redirected-out",
        PageOutcome.ScanFailed => "scan-failed",
        _ => "load-failed",
    };

    private static string Shorten(string url) => url.Length <= 60 ? url : "…" + url[^59..];
}
