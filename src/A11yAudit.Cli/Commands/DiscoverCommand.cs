using System.CommandLine;
using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Options;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>
/// `a11yaudit discover TARGET --out urls.txt`: discovery as its own step, so the list can be split across
/// machines (`audit --urls urls.txt --shard K/N`) or reviewed before an audit.
/// </summary>
internal static class DiscoverCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var target = new Argument<string?>("target") { Description = "Audit target file (JSON); or use --url.", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>(CliOverrides.UrlOption) { Description = "Discover from this URL.", HelpName = "url" };
        var output = new Option<string>("--out", "-o") { Description = "File to write, one URL per line.", HelpName = "file", DefaultValueFactory = _ => "urls.txt" };
        var mode = new Option<string>("--mode") { Description = "http: fetch HTML without a browser (fast, server-rendered sites); browser: render pages in Chromium (single-page apps).", DefaultValueFactory = _ => "http" };
        mode.AcceptOnlyFromAmong("http", "browser");
        var maxPages = new Option<int?>(CliOverrides.MaxPagesOption) { Description = "Stop after this many pages.", HelpName = "n" };
        var maxDepth = new Option<int?>(CliOverrides.MaxDepthOption) { Description = "Follow links at most this many hops.", HelpName = "n" };
        var browser = new Option<string?>(CliOverrides.BrowserOption) { Description = "Browser executable for --mode browser.", HelpName = "path" };
        var command = new Command("discover", "Find the pages of a site (start URLs, sitemaps, links) and write them as a URL list.")
        {
            target, url, output, mode, maxPages, maxDepth, browser,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            AuditOptions options;
            try
            {
                options = TargetLoader.Load(
                    parse.GetValue(target),
                    new CliOverrides { Url = parse.GetValue(url), MaxPages = parse.GetValue(maxPages), MaxDepth = parse.GetValue(maxDepth), BrowserPath = parse.GetValue(browser) },
                    environment.Variables,
                    environment.CurrentDirectory);
            }
            catch (ConfigurationException ex)
            {
                await environment.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }

            if (options.ServeRoot is not null)
            {
                await environment.Error.WriteLineAsync("error: this target serves a local folder on a random port; discover its pages with 'audit' instead, or give the site's real address with --url.").ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }

            try
            {
                IReadOnlyList<string> urls;
                if (parse.GetValue(mode) == "browser")
                {
                    urls = await BrowserDiscovery.DiscoverAsync(options, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    using var http = Browser.Discover.CrawlHttpClient.Create(options.Timeouts.Navigation, followRedirects: false);
                    urls = (await new Browser.Discover.HttpDiscoverer(options, http).DiscoverAsync(cancellationToken).ConfigureAwait(false)).Pages;
                }

                var file = Path.GetFullPath(parse.GetValue(output)!, environment.CurrentDirectory);
                await UrlListFile.WriteAsync(file, urls, $"{urls.Count} pages of {options.Name}, discovered {DateTimeOffset.UtcNow:u}").ConfigureAwait(false);
                environment.Console.WriteLine($"{urls.Count} pages written to {file}");
                return urls.Count > 0 ? ExitCodes.Success : ExitCodes.BadInputOrToolFailure;
            }
            catch (Browser.Launch.BrowserNotFoundException ex)
            {
                await environment.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }
        });
        return command;
    }
}
