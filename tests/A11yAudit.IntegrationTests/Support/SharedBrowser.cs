using A11yAudit.Browser.Launch;
using A11yAudit.Core.Options;

namespace A11yAudit.IntegrationTests;

/// <summary>One real headless Chromium for the whole integration test run.</summary>
[SetUpFixture]
public sealed class SharedBrowser
{
    private static BrowserSession? _session;

    public static BrowserSession Session => _session ?? throw new InvalidOperationException("The shared browser was not started.");

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _session = await BrowserSession.LaunchAsync(new BrowserOptions { ExecutablePath = Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER") });

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Support.CheckHarness.StopAsync();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}
