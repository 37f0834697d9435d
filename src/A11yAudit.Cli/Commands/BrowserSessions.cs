using A11yAudit.Browser.Launch;
using A11yAudit.Core.Options;

namespace A11yAudit.Cli.Commands;

/// <summary>The browsers of one audit: a local launch, or connections to Playwright browser servers.</summary>
internal static class BrowserSessions
{
    public static async Task<IReadOnlyList<BrowserSession>> OpenAsync(BrowserOptions options, IReadOnlyList<string> endpoints, CancellationToken cancellationToken)
    {
        if (endpoints.Count == 0)
        {
            return [await BrowserSession.LaunchAsync(options, cancellationToken).ConfigureAwait(false)];
        }

        var sessions = new List<BrowserSession>();
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            try
            {
                sessions.Add(await BrowserSession.ConnectAsync(endpoint).ConfigureAwait(false));
            }
            catch (Microsoft.Playwright.PlaywrightException ex)
            {
                failures.Add($"{endpoint}: {ex.Message.Split('\n')[0]}");
            }
        }

        if (sessions.Count == 0)
        {
            throw new IOException("No browser server could be reached:\n  " + string.Join("\n  ", failures));
        }

        return sessions;
    }
}
