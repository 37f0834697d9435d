using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.Core.Urls;

namespace A11yAudit.Cli.Commands;

/// <summary>
/// Turns an audit into one over a fixed URL list: a list given with --urls, or one discovered first, then
/// narrowed to this machine's shard. Each listed URL is audited once and no links are followed.
/// </summary>
internal static class UrlSelection
{
    /// <param name="listIsTheTarget">No target file or --url was given: the list's origins are the scope.</param>
    /// <param name="urlList">The --urls list as read (<see cref="UrlListFile.Read"/>); null to discover the target's pages.</param>
    public static async Task<(AuditOptions Options, int Total)> ApplyAsync(AuditOptions options, IReadOnlyList<Uri>? urlList, Shard? shard, CancellationToken cancellationToken, bool listIsTheTarget = false)
    {
        if (urlList is null && shard is null)
        {
            return (options, -1);
        }

        var normalizer = new UrlNormalizer(options.Scope.IgnoreQueryParameters);
        IReadOnlyList<string> urls;
        if (urlList is not null)
        {
            urls = urlList.Select(normalizer.NormalizeToString).Distinct(StringComparer.Ordinal).ToList();
        }
        else
        {
            using var http = CrawlHttpClient.Create(options.Timeouts.Navigation, followRedirects: false);
            urls = (await new HttpDiscoverer(options, http).DiscoverAsync(cancellationToken).ConfigureAwait(false)).Pages;
        }

        var selected = shard is { } s ? s.Select(urls) : urls;
        var restricted = options with
        {
            StartUrls = selected.Select(u => new Uri(u)).ToList(),
            // Scope stays that of the whole target, so shards agree on what is in scope.
            Scope = options.Scope.AllowedOrigins.Count > 0 ? options.Scope : options.Scope with
            {
                AllowedOrigins = (listIsTheTarget ? urls.Select(u => new Uri(u)) : options.StartUrls).Select(ScopeRules.OriginOf).Distinct().ToList(),
            },
            Crawl = options.Crawl with { FollowLinks = false, UseSitemaps = false, MaxDepth = 0, MaxPages = Math.Max(1, selected.Count) },
        };
        return (restricted, urls.Count);
    }
}

/// <summary>Browser-mode discovery: load pages in Chromium and follow links in the rendered DOM.</summary>
internal static class BrowserDiscovery
{
    public static async Task<IReadOnlyList<string>> DiscoverAsync(AuditOptions options, CancellationToken cancellationToken)
    {
        await using var session = await BrowserSession.LaunchAsync(options.Browser, cancellationToken).ConfigureAwait(false);
        using var stores = new PageStores();
        var results = stores.Own(await new AuditRunner(options, checks: []) { LinksOnly = true }.RunAsync(session, new NullSink(), cancellationToken).ConfigureAwait(false));
        return results.Pages.Where(p => p.WasScanned || p.Outcome == Core.Model.PageOutcome.Scanned).Select(p => p.Url).ToList();
    }

    private sealed class NullSink : IPageResultSink
    {
        public ValueTask WriteAsync(Core.Model.PageResult page, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}

/// <summary>What the command line asked for: a URL list file and/or a shard.</summary>
internal sealed record UrlSelectionRequest(string? UrlsFile, Shard? Shard);
