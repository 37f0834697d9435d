using System.Diagnostics;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;

namespace A11yAudit.Bench;

/// <summary>
/// Report render time and size for large result sets, made by repeating audited pages under new URLs. The pages
/// are in a <see cref="PageStore"/>, as an audit's are, so every step reads them from disk.
/// </summary>
internal static class ReportRenderMode
{
    public static async Task<string> RunAsync(AuditResults sample, int pageCount, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var templates = sample.Pages.ToList();
        using var pages = PageStore.Create(outputDirectory);
        for (var i = 0; i < pageCount; i++)
        {
            pages.Add(templates[i % templates.Count] with { Url = $"http://127.0.0.1/bench/{i}" });
        }

        var results = sample with { Pages = pages };
        var score = Stopwatch.StartNew();
        results = results with { Exclusion = ExclusionModel.LoadDefault().Assess(pages, []) };
        var scoreMs = score.Elapsed.TotalMilliseconds;

        var write = Stopwatch.StartNew();
        await ResultsFile.WriteAsync(results, Path.Combine(outputDirectory, ResultsFile.FileName));
        var writeMs = write.Elapsed.TotalMilliseconds;

        // What `a11yaudit report results.json` starts with: the pages streamed back into a store.
        var readBack = Stopwatch.StartNew();
        using ((PageStore)(await ResultsFile.ReadAsync(Path.Combine(outputDirectory, ResultsFile.FileName), outputDirectory)).Pages)
        {
        }

        var readMs = readBack.Elapsed.TotalMilliseconds;

        var render = Stopwatch.StartNew();
        var index = await new HtmlReportRenderer(HtmlReportRenderer.DefaultTemplatesDirectory).RenderAsync(results, outputDirectory);
        var renderMs = render.Elapsed.TotalMilliseconds;
        return $"| {pageCount} | {scoreMs:0} | {writeMs:0} | {new FileInfo(Path.Combine(outputDirectory, ResultsFile.FileName)).Length / 1048576.0:0.0} | {readMs:0} | {renderMs:0} | {new FileInfo(index).Length / 1048576.0:0.0} |";
    }

    public const string Header =
        "| pages | score ms | write results.json ms | results.json MB | read it back ms | render report ms | index.html MB |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
}
