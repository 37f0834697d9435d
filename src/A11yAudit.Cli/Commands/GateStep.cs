using A11yAudit.Cli.Progress;
using A11yAudit.Core.Baselines;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Gate;
using A11yAudit.Core.History;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>
/// The CI part of an audit (docs/ci.md): before the crawl, read the baseline and history so a bad file fails
/// fast; after scoring, fingerprint and judge the run; at the end, show the diff, record the baseline and
/// history, and turn the verdict into the exit code. The judging itself is <see cref="CiGate"/> (pure).
/// </summary>
internal sealed class GateStep
{
    /// <summary>Earlier runs kept in results.json for the report's trend chart.</summary>
    public const int HistoryShown = 50;

    private readonly CliEnvironment _environment;
    private readonly GateSettings _settings;
    private readonly string? _baselinePath;
    private readonly Baseline? _baseline;
    private readonly string? _historyPath;
    private readonly IReadOnlyList<HistoryEntry> _history;
    private Fingerprinter _fingerprinter = new();

    private GateStep(CliEnvironment environment, GateSettings settings, string? baselinePath, Baseline? baseline, string? historyPath, IReadOnlyList<HistoryEntry> history)
    {
        _environment = environment;
        _settings = settings;
        _baselinePath = baselinePath;
        _baseline = baseline;
        _historyPath = historyPath;
        _history = history;
    }

    /// <summary>Reads the baseline and history; throws <see cref="InvalidDataException"/> with a message for the user.</summary>
    public static async Task<GateStep> PrepareAsync(CliEnvironment environment, GateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(settings);
        string? Resolve(string? path) => path is null ? null : Path.GetFullPath(path, environment.CurrentDirectory);
        var baselinePath = Resolve(settings.BaselineFile);
        Baseline? baseline = null;
        if (baselinePath is not null)
        {
            if (File.Exists(baselinePath))
            {
                baseline = await BaselineFile.ReadAsync(baselinePath, cancellationToken).ConfigureAwait(false);
            }
            else if (!settings.UpdateBaseline)
            {
                // A mistyped path must not pass every build: with no baseline, everything would be new or nothing checked.
                throw new InvalidDataException($"baseline file not found: {baselinePath}. Record one with {CiOptions.BaselineOption} {settings.BaselineFile} {CiOptions.UpdateBaselineOption}.");
            }
        }

        var historyPath = Resolve(settings.HistoryFile);
        var history = historyPath is null ? [] : HistoryFile.Read(historyPath);
        return new GateStep(environment, settings, baselinePath, baseline, historyPath, history);
    }

    /// <summary>Fingerprints the scored results, judges them against the baseline and adds the history.</summary>
    public AuditResults Apply(AuditResults results, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        _fingerprinter = new Fingerprinter(options.Scope.IgnoreQueryParameters);
        results = CiGate.Evaluate(_fingerprinter.Apply(results), _settings, _baseline, _fingerprinter);
        if (_historyPath is null)
        {
            return results;
        }

        var current = HistoryEntryBuilder.From(results, BaselineEntries.From(results, _fingerprinter));
        return results with { History = [.. _history.TakeLast(HistoryShown - 1), current] };
    }

    /// <summary>Shows the diff and verdict, records the baseline and history, and returns the exit code.</summary>
    public async Task<int> FinishAsync(AuditResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var console = _environment.Console;
        GateView.Write(console, results);
        if (results.Gate?.Verdict == GateVerdict.Error)
        {
            await _environment.Error.WriteLineAsync("error: the run cannot be judged: " + results.Gate.Problem).ConfigureAwait(false);
            return ExitCodes.BadInputOrToolFailure;
        }

        if (_settings.UpdateBaseline && _baselinePath is not null)
        {
            var recorded = BaselineRecorder.Record(results, _fingerprinter);
            if (_baseline is not null && _baseline.SameStateAs(recorded))
            {
                // Rewriting only the date would make a commit out of nothing.
                console.WriteLine($"Baseline unchanged: {_baselinePath}");
            }
            else
            {
                await BaselineFile.WriteAsync(recorded, _baselinePath, cancellationToken).ConfigureAwait(false);
                console.WriteLine($"Baseline written: {_baselinePath} ({recorded.Entries.Count} known {(recorded.Entries.Count == 1 ? "problem" : "problems")}). Commit it.");
            }
        }

        if (_historyPath is not null && results.History is [.., var current])
        {
            await HistoryFile.AppendAsync(_historyPath, current, cancellationToken).ConfigureAwait(false);
            console.WriteLine($"History: {_historyPath} ({results.History.Count} {(results.History.Count == 1 ? "run" : "runs")} shown in the report)");
        }

        return results.Gate?.Verdict == GateVerdict.Failed ? ExitCodes.GateFailed : ExitCodes.Success;
    }
}
