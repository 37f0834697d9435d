using System.CommandLine;
using System.CommandLine.Parsing;
using A11yAudit.Core.Gate;

namespace A11yAudit.Cli.Commands;

/// <summary>
/// The audit command's CI options (docs/ci.md): --baseline, --update-baseline, --fail-on, --history,
/// --min-pages. Kept apart from AuditCommand so the gate's options and their checks live in one place.
/// Bad combinations are parse errors (exit 2) before anything is crawled.
/// </summary>
internal sealed class CiOptions
{
    public const string BaselineOption = "--baseline";
    public const string UpdateBaselineOption = "--update-baseline";
    public const string FailOnOption = "--fail-on";
    public const string HistoryOption = "--history";
    public const string MinPagesOption = "--min-pages";

    private readonly Option<string?> _baseline = new(BaselineOption)
    {
        Description = "Baseline file (JSON, committed in your repository): classify findings as new, still present or fixed, and fail on regressions.",
        HelpName = "file",
    };

    private readonly Option<bool> _update = new(UpdateBaselineOption)
    {
        Description = "Record this run as the baseline (writes the --baseline file) instead of failing on what it finds.",
    };

    private readonly Option<string[]> _failOn = new(FailOnOption)
    {
        Description = "When the gate fails (repeatable or comma-separated): minor|moderate|serious|critical (a new finding at or above), any, blocker, rating, risk:TOLERANCE, none. Default with --baseline: serious,blocker.",
        HelpName = "spec",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _history = new(HistoryOption)
    {
        Description = "Append this run to a history file (JSON Lines) and chart risk and findings over time in the report.",
        HelpName = "file",
    };

    private readonly Option<int?> _minPages = new(MinPagesOption)
    {
        Description = "A gated run that scans fewer pages is an error (exit 2), never a pass. Default: 2 (or --max-pages if lower).",
        HelpName = "n",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_baseline);
        command.Options.Add(_update);
        command.Options.Add(_failOn);
        command.Options.Add(_history);
        command.Options.Add(_minPages);
        command.Validators.Add(Validate);
    }

    public GateSettings Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var failOn = parse.GetValue(_failOn) is { Length: > 0 } values ? FailOnPolicy.Parse(values) : null;
        return new GateSettings
        {
            BaselineFile = parse.GetValue(_baseline),
            UpdateBaseline = parse.GetValue(_update),
            FailOn = failOn,
            HistoryFile = parse.GetValue(_history),
            MinPages = parse.GetValue(_minPages),
        };
    }

    private void Validate(CommandResult result)
    {
        var baseline = result.GetValue(_baseline);
        if (result.GetValue(_update) && string.IsNullOrWhiteSpace(baseline))
        {
            result.AddError($"{UpdateBaselineOption} needs {BaselineOption} FILE: the file to write the baseline to.");
        }

        if (result.GetValue(_minPages) is < 1)
        {
            result.AddError($"{MinPagesOption} must be at least 1.");
        }

        if (result.GetResult(_failOn) is null)
        {
            return;
        }

        try
        {
            var policy = FailOnPolicy.Parse(result.GetValue(_failOn) ?? []);
            if (policy.NeedsBaseline && string.IsNullOrWhiteSpace(baseline))
            {
                var needing = string.Join(", ", policy.Conditions.Where(c => c.NeedsBaseline).Select(c => c.Key));
                result.AddError($"{FailOnOption} {needing} compares with a baseline: add {BaselineOption} FILE.");
            }
        }
        catch (FormatException ex)
        {
            result.AddError(ex.Message);
        }
    }
}
