using System.Diagnostics;
using A11yAudit.Browser.Pipeline;
using A11yAudit.Core.Model;

namespace A11yAudit.Bench;

/// <summary>
/// Shows whether the process stays flat as pages pile up: resident memory and the live managed heap (after a
/// full collection) when 10 %, 50 % and 100 % of the pages are done, and once more after the report.
/// </summary>
internal sealed class MemoryCheckpoints(int pageCount) : IAuditProgress
{
    private static readonly int[] Percents = [10, 50, 100];

    private readonly Lock _gate = new();
    private readonly List<(string Label, long Rss, long Heap)> _points = [];
    private int _next;

    public void PageStarted(string url)
    {
    }

    public void PageFinished(PageResult page, CrawlCounts counts)
    {
        lock (_gate)
        {
            while (_next < Percents.Length && counts.Done * 100 >= Percents[_next] * pageCount)
            {
                Take($"{Percents[_next]} %");
                _next++;
            }
        }
    }

    public void Info(string message)
    {
    }

    /// <summary>A checkpoint outside the crawl, e.g. once results.json and the report are written.</summary>
    public void Take(string label)
    {
        lock (_gate)
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var self = Process.GetCurrentProcess();
            _points.Add((label, self.WorkingSet64, heap));
        }
    }

    public string Row(string mode, int concurrency)
    {
        lock (_gate)
        {
            static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            return $"| {mode} | {concurrency} | {pageCount} | {string.Join(" / ", _points.Select(p => p.Label))} | " +
                $"{string.Join(" / ", _points.Select(p => Mb(p.Rss)))} | {string.Join(" / ", _points.Select(p => Mb(p.Heap)))} |";
        }
    }

    public const string Header =
        "| mode | conc. | pages | checkpoints | process RSS MB | live managed heap MB |\n| --- | ---: | ---: | --- | ---: | ---: |";
}
