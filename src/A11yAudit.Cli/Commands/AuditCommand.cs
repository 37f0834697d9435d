using System.CommandLine;
using A11yAudit.Cli.Configuration;

namespace A11yAudit.Cli.Commands;

/// <summary>`a11yaudit audit [TARGET]`: crawl, check, score and report.</summary>
internal static class AuditCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var target = new Argument<string?>("target")
        {
            Description = "Audit target file (JSON). Default: the bundled demo (audit-targets/demo.json), unless --url or --urls is given.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        target.Validators.Add(result =>
        {
            // An unknown option would otherwise be taken for the target file's name.
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        var url = new Option<string?>(CliOverrides.UrlOption) { Description = "Audit this URL (with a target file: replaces its start URLs).", HelpName = "url" };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder for results.json, pages.jsonl and the report. Default: reports/<target name>.", HelpName = "dir" };
        var maxPages = new Option<int?>(CliOverrides.MaxPagesOption) { Description = "Stop after this many pages.", HelpName = "n" };
        var maxDepth = new Option<int?>(CliOverrides.MaxDepthOption) { Description = "Follow links at most this many hops from a start URL.", HelpName = "n" };
        var concurrency = new Option<int?>(CliOverrides.ConcurrencyOption) { Description = "Pages audited at once (default: the number of cores, at most 4).", HelpName = "n" };
        var browser = new Option<string?>(CliOverrides.BrowserOption) { Description = "Chromium or Chrome executable (default: A11YAUDIT_BROWSER, the target file, then well-known paths).", HelpName = "path" };
        var headed = new Option<bool>(CliOverrides.HeadedOption) { Description = "Show the browser window." };
        var noScreenshots = new Option<bool>(CliOverrides.NoScreenshotsOption) { Description = "Take no page or element screenshots (faster; the report shows none)." };
        var templates = new Option<string?>(CliOverrides.TemplatesOption) { Description = "Report templates folder (default: the bundled report-templates).", HelpName = "dir" };

        var urls = new Option<string?>("--urls") { Description = "Audit exactly the URLs in this file (one per line, as 'discover' writes them); no links are followed.", HelpName = "file" };
        var shard = new Option<string?>("--shard") { Description = "Audit only shard K of N of the URL list (deterministic split for CI matrices and indexed jobs), e.g. 2/4.", HelpName = "K/N" };
        shard.Validators.Add(result =>
        {
            if (!Browser.Discover.Shard.TryParse(result.GetValueOrDefault<string?>(), out _, out var error))
            {
                result.AddError($"--shard: {error}");
            }
        });

        var endpoints = new Option<string[]>("--browser-endpoint") { Description = "Use a Playwright browser server (ws://host:port/…) instead of launching a browser; repeat to spread workers over several.", HelpName = "ws-url", Arity = ArgumentArity.OneOrMore };
        endpoints.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss"))
                {
                    result.AddError($"--browser-endpoint: '{value}' is not a ws:// or wss:// URL");
                }
            }
        });

        var command = new Command("audit", "Crawl a site in Chromium, run axe-core and the exclusion checks, score exclusion risk and write the report.")
        {
            target, url, output, maxPages, maxDepth, concurrency, browser, headed, noScreenshots, templates, urls, shard, endpoints,
        };
        var ci = new CiOptions();
        ci.AddTo(command);

        command.SetAction((parse, cancellationToken) =>
        {
            var overrides = new CliOverrides
            {
                Url = parse.GetValue(url),
                OutputDirectory = parse.GetValue(output),
                MaxPages = parse.GetValue(maxPages),
                MaxDepth = parse.GetValue(maxDepth),
                Concurrency = parse.GetValue(concurrency),
                BrowserPath = parse.GetValue(browser),
                Headed = parse.GetResult(headed) is null ? null : parse.GetValue(headed),
                TemplatesDirectory = parse.GetValue(templates),
                NoScreenshots = parse.GetResult(noScreenshots) is null ? null : parse.GetValue(noScreenshots),
            };
            var urlsFile = parse.GetValue(urls);
            var selection = new UrlSelectionRequest(
                urlsFile is { } file ? Path.GetFullPath(file, environment.CurrentDirectory) : null,
                Browser.Discover.Shard.TryParse(parse.GetValue(shard), out var s, out _) ? s : null);
            return new AuditJob(environment, ci.Read(parse)) { Selection = selection, BrowserEndpoints = parse.GetValue(endpoints) ?? [] }
                .RunAsync(parse.GetValue(target), overrides, cancellationToken);
        });
        return command;
    }
}
