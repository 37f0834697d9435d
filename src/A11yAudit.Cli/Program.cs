namespace A11yAudit.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C stops the crawl and still writes what was gathered; a second one kills the process.
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true;
                cancel.Cancel();
            }
        };
        return await CliApp.RunAsync(args, CliEnvironment.FromProcess(), cancel.Token).ConfigureAwait(false);
    }
}
