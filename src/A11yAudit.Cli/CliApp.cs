using System.CommandLine;
using A11yAudit.Cli.Commands;

namespace A11yAudit.Cli;

/// <summary>The command line: `audit`, `report`, `rules`. Parse errors are bad input (exit 2), with help named.</summary>
public static class CliApp
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("A11yAudit: accessibility and digital-exclusion audits of health services, in real Chromium.");
        root.Subcommands.Add(AuditCommand.Create(environment));
        root.Subcommands.Add(DiscoverCommand.Create(environment));
        root.Subcommands.Add(MergeCommand.Create(environment));
        root.Subcommands.Add(ReportCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.Create(environment));
        root.Subcommands.Add(BrowserServerCommand.Create(environment));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = Build(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await environment.Error.WriteLineAsync("Run 'a11yaudit --help' (or 'a11yaudit audit --help') for usage.").ConfigureAwait(false);
            return ExitCodes.BadInputOrToolFailure;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
    }
}
