using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Configuration;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;

namespace A11yAudit.IntegrationTests.Support;

/// <summary>Audits the bundled demo once per test run with the shared browser, as the CLI would configure it.</summary>
internal static class DemoAudit
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AuditResults? _results;
    private static Uri? _baseUrl;

    public static string TargetFile => Path.Combine(RepoPaths.Root, "audit-targets", "demo.json");

    public static Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("Run GetAsync first.");

    public static async Task<AuditResults> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_results is null)
            {
                var options = TargetLoader.Load(TargetFile, new CliOverrides { OutputDirectory = RepoPaths.NewTempDirectory() }, new Dictionary<string, string?>());
                await using var server = await LocalSiteServer.StartAsync(options.ServeRoot!);
                _baseUrl = server.BaseUrl;
                options = options with { StartUrls = options.StartUrls.Select(u => u.IsAbsoluteUri ? u : new Uri(server.BaseUrl, u)).ToList() };
                _results = await new AuditRunner(options).RunAsync(SharedBrowser.Session, new InMemorySink());
            }

            return _results;
        }
        finally
        {
            Gate.Release();
        }
    }
}
