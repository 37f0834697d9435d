using System.Diagnostics;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;

namespace A11yAudit.Bench;

/// <summary>Report render time and size for large result sets, made by repeating audited pages under new URLs.</summary>
internal static class ReportRenderMode
{
    public static async Task<string> RunAsync(AuditResults sample, int pageCount, string outputDirectory)
    {
        var pages = Enumerable.Range(0, pageCount)
            .Select(i => sample.Pages[i % sample.Pages.Count] with { Url = $"http://127.0.0.1/bench/{i}" })
            .ToList();
        var results = sample with { Pages = pages };
        var score = Stopwatch.StartNew();
        results = results with { Exclusion = ExclusionModel.LoadDefault().Assess(pages, []) };
        var scoreMs = score.Elapsed.TotalMilliseconds;

        Directory.CreateDirectory(outputDirectory);
        var write = Stopwatch.StartNew();
        await ResultsFile.WriteAsync(results, Path.Combine(outputDirectory, ResultsFile.FileName));
        var writeMs = write.Elapsed.TotalMilliseconds;

        var render = Stopwatch.StartNew();
        var index = await new HtmlReportRenderer(HtmlReportRenderer.DefaultTemplatesDirectory).RenderAsync(results, outputDirectory);
        var renderMs = render.Elapsed.TotalMilliseconds;
        return $"| {pageCount} | {scoreMs:0} | {writeMs:0} | {new FileInfo(Path.Combine(outputDirectory, ResultsFile.FileName)).Length / 1048576.0:0.0} | {renderMs:0} | {new FileInfo(index).Length / 1048576.0:0.0} |";
    }

    public const string Header =
        "| pages | score ms | write results.json ms | results.json MB | render report ms | index.html MB |\n| ---: | ---: | ---: | ---: | ---: | ---: |";
}
