using System.Reflection;

namespace A11yAudit.Browser.Discover;

/// <summary>The HttpClient for robots.txt, sitemaps and HTTP-mode discovery, with the tool's user agent.</summary>
public static class CrawlHttpClient
{
    public static string ToolVersion { get; } =
        typeof(CrawlHttpClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <param name="followRedirects">False when the caller checks each hop against scope and robots.txt itself.</param>
    public static HttpClient Create(TimeSpan timeout, bool followRedirects)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        var client = new HttpClient(handler) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"A11yAudit/{ToolVersion} (+accessibility audit; robots: {RobotsTxt.UserAgentToken})");
        return client;
    }
}
