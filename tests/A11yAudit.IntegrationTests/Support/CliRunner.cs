using A11yAudit.Cli;
using Spectre.Console;

namespace A11yAudit.IntegrationTests.Support;

/// <summary>Runs the CLI in-process with captured output, as a user would call it.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        var environment = new CliEnvironment
        {
            Console = console,
            Error = error,
            Variables = new Dictionary<string, string?> { ["A11YAUDIT_BROWSER"] = Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER") },
            CurrentDirectory = RepoPaths.Root,
        };
        var code = await CliApp.RunAsync(args, environment);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>The CLI's entry assembly, copied next to the tests by the project reference.</summary>
    public static string CliAssembly => Path.Combine(TestContext.CurrentContext.TestDirectory, "a11yaudit.dll");
}
