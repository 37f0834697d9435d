using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Configuration;
using A11yAudit.Cli.Progress;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Gate;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>
/// One audit from the command line: options → (local server) → browser → crawl → results → report → gate.
/// Every failure the user can fix ends as one clear message and exit code 2, and whatever pages were
/// finished stay on disk.
/// </summary>
internal sealed class AuditJob(CliEnvironment environment, GateSettings? gateSettings = null)
{
    private IAnsiConsole Console => environment.Console;

    /// <summary>--browser-endpoint: Playwright browser servers to use instead of a local browser.</summary>
    public IReadOnlyList<string> BrowserEndpoints { get; init; } = [];

    /// <summary>--urls / --shard: audit a fixed list (or this machine's part of it).</summary>
    public UrlSelectionRequest Selection { get; init; } = new(null, null);

    public async Task<int> RunAsync(string? targetFile, CliOverrides overrides, CancellationToken cancellationToken)
    {
        AuditOptions options;
        IReadOnlyList<Uri>? urlList;
        // What is audited, when no target file is given: the --url, else the --urls list, else the bundled demo.
        var listIsTheTarget = targetFile is null && overrides.Url is null && Selection.UrlsFile is not null;
        if (targetFile is null && overrides.Url is null && !listIsTheTarget)
        {
            targetFile = BundledFiles.DemoTarget;
        }

        try
        {
            // Read once: it may name the target, and it is what is audited.
            urlList = Selection.UrlsFile is { } urlsFile ? UrlListFile.Read(urlsFile) : null;
            if (listIsTheTarget)
            {
                // No target file and no --url: the list's first URL names the target and its origins are the scope.
                overrides = overrides with { Url = urlList![0].AbsoluteUri };
            }

            options = TargetLoader.Load(targetFile, overrides, environment.Variables, environment.CurrentDirectory);
        }
        catch (ConfigurationException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }

        LocalSiteServer? server = null;
        try
        {
            if (options.ServeRoot is not null)
            {
                server = await LocalSiteServer.StartAsync(options.ServeRoot, cancellationToken: cancellationToken).ConfigureAwait(false);
                options = ResolveAgainst(options, server.BaseUrl);
                Console.WriteLine($"Serving {options.ServeRoot} at {server.BaseUrl}");
            }

            var (selected, total) = await UrlSelection.ApplyAsync(options, urlList, Selection.Shard, cancellationToken, listIsTheTarget).ConfigureAwait(false);
            if (total >= 0)
            {
                Console.WriteLine(Selection.Shard is { } shard
                    ? $"Shard {shard}: {selected.StartUrls.Count} of {total} URLs"
                    : $"{selected.StartUrls.Count} URLs from {Selection.UrlsFile}");
                options = selected;
            }

            return await AuditAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigurationException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        catch (BrowserNotFoundException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        catch (Microsoft.Playwright.PlaywrightException ex)
        {
            return await FailAsync("The browser could not be started or stopped responding: " + ex.Message.Split('\n')[0]).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<int> AuditAsync(AuditOptions options, CancellationToken cancellationToken)
    {
        var gate = await GateStep.PrepareAsync(environment, gateSettings ?? GateSettings.None, cancellationToken).ConfigureAwait(false);
        var output = Path.GetFullPath(options.OutputDirectory, environment.CurrentDirectory);
        Directory.CreateDirectory(output);
        Console.WriteLine($"Auditing {options.Name}: {string.Join(", ", options.StartUrls)} (up to {options.Crawl.MaxPages} pages, {options.Crawl.Concurrency} at a time, {options.Browser.Viewport.Name} viewport)");

        var progress = new ConsoleAuditProgress(Console, environment.LiveProgress);
        using var stores = new PageStores();
        AuditResults results;
        await using (var pages = new PagesJsonlWriter(Path.Combine(output, PagesJsonlWriter.FileName)))
        {
            results = await progress.RunAsync(async () =>
            {
                var sessions = await BrowserSessions.OpenAsync(options.Browser, BrowserEndpoints, cancellationToken).ConfigureAwait(false);
                try
                {
                    var runner = new AuditRunner(options, progress) { SpillDirectory = output };
                    return stores.Own(await runner.RunAsync(sessions, pages, cancellationToken).ConfigureAwait(false));
                }
                finally
                {
                    foreach (var session in sessions)
                    {
                        await session.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
        }

        if (Selection.Shard is { } shardOfRun)
        {
            results = results with { Target = results.Target with { Shard = shardOfRun.ToString() } };
        }

        // Score: pure, from what was gathered (journey steps match served pages by path).
        var model = options.ExclusionGroupsFile is null && options.ExclusionBarrierMapFile is null && options.ExclusionSettingsFile is null
            ? ExclusionModel.LoadDefault()
            : ExclusionModel.Load(options.ExclusionGroupsFile, options.ExclusionBarrierMapFile, options.ExclusionSettingsFile);
        results = results with { Exclusion = model.Assess(results.Pages, options.Journeys) };
        results = stores.Own(gate.Apply(results, options));

        var resultsPath = Path.Combine(output, ResultsFile.FileName);
        await ResultsFile.WriteAsync(results, resultsPath, CancellationToken.None).ConfigureAwait(false);
        PrintSummary(results, resultsPath);
        await CiOutputs.WriteAsync(results, output, environment, CancellationToken.None).ConfigureAwait(false);
        var report = await ReportWriter.WriteAsync(results, output, options.TemplatesDirectory, environment.Error).ConfigureAwait(false);
        if (report is null)
        {
            return ExitCodes.BadInputOrToolFailure;
        }

        Console.WriteLine($"Report:  {report}");

        if (results.Incomplete)
        {
            return await FailAsync($"The audit did not finish: {results.IncompleteReason}. Finished pages are in {resultsPath}.").ConfigureAwait(false);
        }

        if (results.Summary.PagesScanned == 0 && !(Selection.Shard is not null && options.StartUrls.Count == 0))
        {
            return await FailAsync($"No page could be scanned (see {resultsPath} for each page's reason). Check the start URLs and that the site is running.").ConfigureAwait(false);
        }

        return await gate.FinishAsync(results, CancellationToken.None).ConfigureAwait(false);
    }

    private void PrintSummary(AuditResults results, string resultsPath)
    {
        var s = results.Summary;
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Audit summary[/]");
        table.AddColumn("What");
        table.AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Pages visited", s.PagesVisited.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Pages scanned", s.PagesScanned.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Pages failed", s.PagesFailed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("WCAG A/AA violations (rule × page)", s.Violations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Needs review", s.NeedsReview.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Best-practice issues", s.BestPracticeViolations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.Write(table);

        var worst = RuleTally.Of(results.Pages, f => f.Outcome == FindingOutcome.Violation && f.Category == RuleCategory.Wcag)
            .OrderByDescending(r => r.MaxImpact ?? Impact.Minor)
            .ThenByDescending(r => r.Findings)
            .Take(10)
            .ToList();
        foreach (var rule in worst)
        {
            Console.MarkupLine($"  [bold]{Markup.Escape(rule.FirstImpact?.ToString() ?? "?")}[/] {Markup.Escape(rule.RuleId)}: {Markup.Escape(rule.Help)} — {rule.Findings} page(s)");
        }

        if (results.Exclusion is { } exclusion)
        {
            ExclusionSummaryView.Write(Console, exclusion);
        }

        Console.WriteLine($"Results: {resultsPath}");
    }

    /// <summary>Root-relative start URLs and journey steps of a served folder become URLs on the local server.</summary>
    private static AuditOptions ResolveAgainst(AuditOptions options, Uri baseUrl) => options with
    {
        StartUrls = options.StartUrls.Select(u => u.IsAbsoluteUri ? u : new Uri(baseUrl, u)).ToList(),
    };

    private async Task<int> FailAsync(string message)
    {
        await environment.Error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return ExitCodes.BadInputOrToolFailure;
    }
}
