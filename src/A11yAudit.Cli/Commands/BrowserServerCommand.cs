using System.CommandLine;
using A11yAudit.Browser.Launch;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>`a11yaudit browser-server`: serve this machine's Chromium to audits elsewhere (--browser-endpoint).</summary>
internal static class BrowserServerCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var host = new Option<string>("--host") { Description = "Address to listen on (0.0.0.0 for other machines).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => 0 };
        var browser = new Option<string?>("--browser") { Description = "Chromium or Chrome executable (default: found as for 'audit').", HelpName = "path" };
        var command = new Command("browser-server", "Run a Playwright browser server with this machine's Chromium; audits connect with --browser-endpoint.") { host, port, browser };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await using var server = await BrowserServer.StartAsync(parse.GetValue(browser), parse.GetValue(host)!, parse.GetValue(port), cancellationToken).ConfigureAwait(false);
                environment.Console.WriteLine(server.Endpoint);
                environment.Console.WriteLine("Serving until stopped (Ctrl+C).");
                try
                {
                    await server.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: DisposeAsync stops the server.
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is BrowserNotFoundException or InvalidOperationException or TimeoutException)
            {
                await environment.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }
        });
        return command;
    }
}
