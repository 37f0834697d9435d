using A11yAudit.Browser.Pipeline;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.IntegrationTests.Support;
using A11yAudit.Reports.Html;
using Microsoft.Playwright;

namespace A11yAudit.IntegrationTests.Reports;

/// <summary>Audits a served folder with the real pipeline (screenshots on), scores it, renders the report, and opens it.</summary>
internal static class ReportAudit
{
    public static string Templates => Path.Combine(RepoPaths.Root, "report-templates");

    /// <summary>Returns the folder holding index.html, results.json and screenshots/.</summary>
    public static async Task<(string Folder, AuditResults Results)> RunAsync(string siteFolder, string name, IReadOnlyList<JourneyOptions>? journeys = null)
    {
        var output = RepoPaths.NewTempDirectory();
        await using var server = await LocalSiteServer.StartAsync(siteFolder);
        var options = new AuditOptions
        {
            Name = name,
            StartUrls = [server.BaseUrl],
            OutputDirectory = output,
            Crawl = new CrawlOptions { MaxPages = 40, MaxDepth = 5, Concurrency = 2 },
            Journeys = journeys ?? [],
        };
        var results = await new AuditRunner(options).RunAsync(SharedBrowser.Session, new InMemorySink());
        results = results with { Exclusion = ExclusionModel.LoadDefault().Assess(results.Pages, options.Journeys) };
        await ResultsFile.WriteAsync(results, Path.Combine(output, ResultsFile.FileName));
        await new HtmlReportRenderer(Templates).RenderAsync(results, output);
        return (output, results);
    }

    /// <summary>A fresh context (optionally ignoring the report's CSP, to test escaping on its own) with the report open.</summary>
    public static async Task<IPage> OpenAsync(string folder, bool bypassCsp = false)
    {
        var context = await SharedBrowser.Session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        return page;
    }

    public static string IndexUrl(string folder) => new Uri(Path.Combine(folder, "index.html")).AbsoluteUri;
}
