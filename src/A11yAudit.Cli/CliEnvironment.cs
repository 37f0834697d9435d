using Spectre.Console;

namespace A11yAudit.Cli;

/// <summary>What the commands need from the outside world, injectable so tests can run the CLI in-process.</summary>
public sealed record CliEnvironment
{
    public required IAnsiConsole Console { get; init; }

    /// <summary>Where errors go (stderr in the real process).</summary>
    public required TextWriter Error { get; init; }

    /// <summary>A11YAUDIT_* variables; null reads the process environment.</summary>
    public IReadOnlyDictionary<string, string?>? Variables { get; init; }

    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Live progress bars only on an interactive terminal; plain lines in CI logs and pipes.</summary>
    public bool LiveProgress { get; init; }

    public static CliEnvironment FromProcess()
    {
        var console = AnsiConsole.Console;
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new CliEnvironment
        {
            Console = console,
            Error = System.Console.Error,
            LiveProgress = !ci && !System.Console.IsOutputRedirected && console.Profile.Capabilities.Interactive,
        };
    }
}
