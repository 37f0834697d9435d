namespace A11yAudit.Core.Gate;

/// <summary>The CI options of one run: --baseline, --update-baseline, --fail-on, --history, --min-pages.</summary>
public sealed record GateSettings
{
    public static GateSettings None { get; } = new();

    /// <summary>The baseline file as given (the CLI resolves it against the current directory), or null.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Record this run as the baseline instead of judging it.</summary>
    public bool UpdateBaseline { get; init; }

    /// <summary>The --fail-on policy; null means the default (with a baseline) or no gate (without one).</summary>
    public FailOnPolicy? FailOn { get; init; }

    /// <summary>The history file as given, or null.</summary>
    public string? HistoryFile { get; init; }

    /// <summary>--min-pages; null means <see cref="PageMinimum.Default"/> when the run is gated.</summary>
    public int? MinPages { get; init; }

    /// <summary>A gated run has a verdict: with a baseline, or with --fail-on against an empty one.</summary>
    public bool IsGated => BaselineFile is not null || FailOn is not null;

    public FailOnPolicy Policy => FailOn ?? (BaselineFile is not null ? FailOnPolicy.Default : FailOnPolicy.None);
}
