using System.Text;
using A11yAudit.Bench;
using A11yAudit.Browser.Launch;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

// Usage: dotnet run -c Release --project bench/A11yAudit.Bench -- [--pages N] [--concurrency 1,2]
//   [--modes raw,regions,deque,axe,every-region,pa11y,pa11y-tuned,audit,reuse,render,shards,costs,estimate] [--heavy-chrome] [--same-chrome] [--assets N] [--latency-ms N] [--twins N] [--render-pages 1000,5000] [--shards 1,2,4] [--shard-checks default|axe] [--pa11y-dir DIR] [--estimate-site DIR] [--out DIR]
//   [--disable-checks ID,ID] [--costly-per-template N] [--no-screenshots]   (variants of the default audit, to measure its parts)
var pageCount = IntArg("--pages", 40);
var concurrencies = ListArg("--concurrency", "1,2").Select(int.Parse).ToList();
var modes = ListArg("--modes", "raw,deque,axe,audit,render").ToHashSet(StringComparer.OrdinalIgnoreCase);
var shardCounts = ListArg("--shards", "1,2").Select(int.Parse).ToList();
var axeOnlyShards = StringArg("--shard-checks", "default") == "axe";
var renderSizes = ListArg("--render-pages", "1000,5000").Select(int.Parse).ToList();
var output = Path.GetFullPath(StringArg("--out", Path.Combine("bench", "out")));
var pa11yDir = StringArg("--pa11y-dir", Environment.GetEnvironmentVariable("A11YAUDIT_PA11Y_DIR") ?? "") is { Length: > 0 } d ? Path.GetFullPath(d) : null;
var heavyChrome = args.Contains("--heavy-chrome", StringComparer.OrdinalIgnoreCase);
var sameChrome = args.Contains("--same-chrome", StringComparer.OrdinalIgnoreCase);
var assets = IntArg("--assets", 0);
var variant = new AuditVariant(
    ListArg("--disable-checks", "").ToHashSet(StringComparer.OrdinalIgnoreCase),
    IntArg("--costly-per-template", AuditVariant.Default.CostlyChecksPerTemplate),
    !args.Contains("--no-screenshots", StringComparer.OrdinalIgnoreCase));
var checkIds = A11yAudit.Browser.Check.CheckRegistry.All.Select(c => c.Id).ToList();
if (variant.DisabledChecks.Except(checkIds, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } unknown)
{
    Console.Error.WriteLine($"--disable-checks: no own check is called {string.Join(", ", unknown)}. Checks: {string.Join(", ", checkIds)}.");
    return 2;
}

var estimateSite = StringArg("--estimate-site", "") is { Length: > 0 } site ? Path.GetFullPath(site) : null;
if (estimateSite is not null && !Directory.Exists(estimateSite))
{
    Console.Error.WriteLine($"--estimate-site: no folder {estimateSite}.");
    return 2;
}

Directory.CreateDirectory(output);
string[] tags = [.. AxeOptions.DefaultTags, "best-practice"];

// --latency-ms N makes the site answer every request N ms late, as a real server across a network does: pages then
// take time to load, and what the browser does while they load (its UI included) is in the figures.
var latency = TimeSpan.FromMilliseconds(IntArg("--latency-ms", 0));
async Task<IResult> AfterLatencyAsync(IResult result)
{
    if (latency > TimeSpan.Zero)
    {
        await Task.Delay(latency);
    }

    return result;
}

var siteRoot = Directory.CreateTempSubdirectory("a11yaudit-bench-site").FullName;
await using var server = await LocalSiteServer.StartAsync(siteRoot, routes =>
{
    routes.MapGet("/page/{n:int}", async (int n) => await AfterLatencyAsync(Results.Content(SyntheticSite.Page(n, pageCount, heavyChrome, sameChrome, assets), "text/html; charset=utf-8")));
    routes.MapGet(SiteAssets.StylesheetPath, async (HttpResponse response) => await AfterLatencyAsync(Cached(response, Results.Content(SiteAssets.Stylesheet, "text/css"))));
    routes.MapGet(SiteAssets.ScriptPath, async (HttpResponse response) => await AfterLatencyAsync(Cached(response, Results.Content(SiteAssets.Script, "text/javascript"))));
    routes.MapGet(SiteAssets.ImageRoute, async (HttpResponse response) => await AfterLatencyAsync(Cached(response, Results.Bytes(SiteAssets.Image, "image/gif"))));
});
var urls = Enumerable.Range(0, pageCount).Select(i => new Uri(server.BaseUrl, $"/page/{i}")).ToList();
if (await SiteAssets.FirstMissingAsync(server.BaseUrl) is { } missing)
{
    Console.Error.WriteLine($"The benchmark's site is broken: {missing}");
    return 1;
}

// --twins N adds N URLs that render exactly like an existing page (a ?view= variant), as listing sorts,
// tracking-free share links and duplicate entry points do on real sites.
var twinCount = IntArg("--twins", 0);
urls.AddRange(Enumerable.Range(0, twinCount).Select(i => new Uri(server.BaseUrl, $"/page/{i % pageCount}?view={i}")));

await using var session = await BrowserSession.LaunchAsync(new BrowserOptions { ExecutablePath = Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER") });
var report = new StringBuilder();
report.AppendLine($"# A11yAudit benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.AppendLine();
report.AppendLine($"{pageCount} synthetic health-service pages{(twinCount > 0 ? $" plus {twinCount} URLs rendering exactly like one of them" : "")} (4 templates{(heavyChrome ? ", heavy header and footer" : "")}{(sameChrome ? ", the same header on every page" : "")}{(assets > 0 ? $", {assets} subresources a page (a shared stylesheet and script, {SiteAssets.ImagesPerPage(assets)} images of its own)" : "")}, ~{SyntheticSite.Page(0, pageCount, heavyChrome).Length / 1024} KB HTML), served on 127.0.0.1; Chromium {session.Version}; {Environment.ProcessorCount} cores; mobile viewport; tags {string.Join(",", tags)}.");
report.AppendLine();
report.AppendLine(Stats.Header);

// Warm up the browser and the JIT on a few pages so the first mode is not penalised.
await RawAxeMode.RunAsync(session, urls.Take(3).ToList(), 1, deque: false, tags);

AuditResults? sample = null;
var memoryRows = new List<string>();
var checkBreakdowns = new List<string>();
var cpuSplitRows = new List<string>();
foreach (var concurrency in concurrencies)
{
    double? raw = null;
    if (modes.Contains("raw"))
    {
        var stats = await RawAxeMode.RunAsync(session, urls, concurrency, deque: false, tags);
        raw = stats.WallPerPageMs;
        EmitRow(stats, raw);
    }

    if (modes.Contains("regions"))
    {
        EmitRow(await RawAxeMode.RunAsync(session, urls, concurrency, deque: false, tags, withoutSharedRegions: true), raw);
    }

    if (modes.Contains("deque"))
    {
        EmitRow(await RawAxeMode.RunAsync(session, urls, concurrency, deque: true, tags), raw);
    }

    AuditResults? axeOnly = null;
    if (modes.Contains("axe"))
    {
        var (stats, results) = await AuditMode.RunAsync(session, urls, concurrency, ownChecks: false, Path.Combine(output, $"axe-c{concurrency}"));
        axeOnly = results;
        EmitRow(stats, raw);
        memoryRows.Add(stats.Checkpoints!.Row(stats.Mode, concurrency));
    }

    if (modes.Contains("every-region"))
    {
        // The axe-only audit with shared-region reuse switched off, to compare with the "axe" row.
        var (stats, results) = await AuditMode.RunAsync(session, urls, concurrency, ownChecks: false, Path.Combine(output, $"every-region-c{concurrency}"), reuseSharedRegions: false);
        if (axeOnly is not null)
        {
            var differ = SameFindings.Differences(axeOnly, results);
            stats.Note += differ.Count == 0 ? "; same findings as with re-use" : $"; {differ.Count} pages differ from the run with re-use, e.g. {differ[0]}";
        }

        EmitRow(stats, raw);
    }

    if (modes.Contains("pa11y") && await Pa11yMode.RunAsync(pa11yDir, urls, concurrency, Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER"), output) is { } pa11y)
    {
        EmitRow(pa11y, raw);
    }

    if (modes.Contains("pa11y-tuned") && await Pa11yMode.RunAsync(pa11yDir, urls, concurrency, Environment.GetEnvironmentVariable("A11YAUDIT_BROWSER"), output, withFeatureSwitch: true) is { } tuned)
    {
        EmitRow(tuned, raw);
    }

    if (modes.Contains("reuse"))
    {
        // The default audit with identical-page reuse switched off, to compare with the "audit" row.
        var (stats, _) = await AuditMode.RunAsync(session, urls, concurrency, ownChecks: true, Path.Combine(output, $"every-page-c{concurrency}"), reuseIdenticalPages: false, variant: variant);
        EmitRow(stats, raw);
    }

    if (modes.Contains("audit"))
    {
        var (stats, results) = await AuditMode.RunAsync(session, urls, concurrency, ownChecks: true, Path.Combine(output, $"audit-c{concurrency}"), variant: variant);
        sample ??= results;
        EmitRow(stats, raw);
        memoryRows.Add(stats.Checkpoints!.Row(stats.Mode, concurrency));
        checkBreakdowns.Add(stats.CheckRows());
    }
}

if (cpuSplitRows.Count > 0)
{
    // Which process the CPU goes to: how the .NET process's JIT cost was found (docs/performance.md, sixth session).
    report.AppendLine();
    Emit("CPU ms per page by process (this .NET process, the driver or pa11y's node, the browser's processes):");
    report.AppendLine();
    Emit(Stats.CpuSplitHeader);
    cpuSplitRows.ForEach(Emit);
}

if (memoryRows.Count > 0)
{
    report.AppendLine();
    report.AppendLine(MemoryCheckpoints.Header);
    memoryRows.ForEach(Emit);
}

if (modes.Contains("shards"))
{
    // Scale-out on one machine: each shard runs at the first --concurrency value, with its own browser.
    report.AppendLine();
    Emit($"Scale-out ({(axeOnlyShards ? "axe only" : "default audit")}): the URL list in N shards, each audited alone with its own browser (as on its own machine), then merged:");
    report.AppendLine();
    Emit(ShardMode.Header);
    double? oneShard = null;
    foreach (var shards in shardCounts)
    {
        var (wall, row) = await ShardMode.RunAsync(urls, shards, concurrencies[0], ownChecks: !axeOnlyShards, oneShard, Path.Combine(output, $"shards-{shards}"));
        oneShard ??= wall;
        Emit(row);
    }
}

foreach (var breakdown in checkBreakdowns)
{
    report.AppendLine();
    Emit(breakdown);
}

if (modes.Contains("costs"))
{
    // Runs at the first --concurrency value; one audit per costly check, so it takes a while.
    report.AppendLine();
    Emit($"CPU cost of each costly own check ({pageCount} pages, concurrency {concurrencies[0]}, busy CPU of the whole machine; one run each):");
    report.AppendLine();
    Emit(CheckCostMode.Header);
    foreach (var row in await CheckCostMode.RunAsync(session, urls, concurrencies[0], output))
    {
        Emit(row);
    }
}

if (modes.Contains("estimate"))
{
    // One page at a time; with --estimate-site DIR, that directory's HTML pages too (e.g. audit-targets/demo).
    var estimateUrls = urls.ToList();
    var extraRoot = estimateSite;
    await using var extraSite = extraRoot is null ? null : await LocalSiteServer.StartAsync(extraRoot);
    if (extraSite is not null)
    {
        estimateUrls.AddRange(Directory.EnumerateFiles(extraRoot!, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new Uri(extraSite.BaseUrl, Path.GetRelativePath(extraRoot!, f).Replace('\\', '/'))));
    }

    report.AppendLine();
    Emit($"The low-bandwidth check's replay of each page's own load against a throttled load ({estimateUrls.Count} pages, one at a time):");
    report.AppendLine();
    Emit(EstimateMode.Header);
    var (estimateRows, estimateSummary) = await EstimateMode.RunAsync(session, estimateUrls, Path.Combine(output, "estimate"));
    estimateRows.ForEach(Emit);
    report.AppendLine();
    Emit(estimateSummary);
}

if (modes.Contains("render") && sample is not null)
{
    report.AppendLine();
    report.AppendLine(ReportRenderMode.Header);
    foreach (var size in renderSizes)
    {
        Emit(await ReportRenderMode.RunAsync(sample, size, Path.Combine(output, $"render-{size}")));
    }
}

var file = Path.Combine(output, "benchmark.md");
await File.WriteAllTextAsync(file, report.ToString());
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"Written to {file}");
return 0;

void EmitRow(Stats stats, double? raw)
{
    Emit(stats.Row(raw));
    if (stats.CpuSplitRow() is { } split)
    {
        cpuSplitRows.Add(split);
    }
}

void Emit(string line)
{
    report.AppendLine(line);
    Console.WriteLine(line);
}

int IntArg(string name, int fallback) => int.TryParse(StringArg(name, ""), out var v) ? v : fallback;

IEnumerable<string> ListArg(string name, string fallback) =>
    StringArg(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

string StringArg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

// Assets are cacheable, as on real sites: a browser that keeps its cache fetches them once per context.
// Handlers take the HttpResponse, not the HttpContext: an async lambda of HttpContext also converts to a
// RequestDelegate, and minimal APIs then drop the IResult it returns and answer 200 with no body.
static IResult Cached(HttpResponse response, IResult result)
{
    response.Headers.CacheControl = SiteAssets.CacheControl;
    return result;
}
