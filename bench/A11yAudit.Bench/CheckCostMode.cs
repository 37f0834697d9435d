using A11yAudit.Browser.Check;
using A11yAudit.Browser.Launch;

namespace A11yAudit.Bench;

/// <summary>
/// What each costly own check costs in CPU: the default audit with every costly check off, then with each one alone
/// on every page (no sampling), each as CPU ms per page over the first run. Checks that read the keyboard walk each
/// pay for the walk when alone, so their figures overlap.
/// </summary>
internal static class CheckCostMode
{
    public const string Header =
        "| costly check alone on every page | pages/min | CPU ms/page | CPU ms/page over none |\n| --- | ---: | ---: | ---: |";

    public static async Task<List<string>> RunAsync(BrowserSession session, IReadOnlyList<Uri> urls, int concurrency, string outputDirectory)
    {
        var costly = CheckRegistry.All.Where(c => c.Cost == CheckCost.Costly).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        async Task<(double PagesPerMinute, double? CpuMsPerPage)> MeasureAsync(string? alone, IReadOnlyList<Uri> pages)
        {
            var off = costly.Where(id => id != alone).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var variant = new AuditVariant(off, CostlyChecksPerTemplate: 0, Screenshots: true);
            var (stats, _) = await AuditMode.RunAsync(session, pages, concurrency, ownChecks: true, Path.Combine(outputDirectory, "costs"), variant: variant);
            return (stats.PagesPerMinute, stats.CpuMsPerPage);
        }

        // The first audit in a process pays for compiling the pipeline and checks: a discarded warm-up takes that.
        foreach (var check in costly)
        {
            await MeasureAsync(check, urls.Take(2).ToList());
        }

        // The reference is run first and last, and the two averaged, so drift during the mode shows less.
        var first = await MeasureAsync(null, urls);
        var measured = new List<(string Check, double PagesPerMinute, double? Cpu)>();
        foreach (var check in costly)
        {
            var (rate, cpu) = await MeasureAsync(check, urls);
            measured.Add((check, rate, cpu));
        }

        var last = await MeasureAsync(null, urls);
        double? none = first.CpuMsPerPage is { } a && last.CpuMsPerPage is { } b ? (a + b) / 2 : null;
        string Ms(double? value) => value is { } v ? v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "–";
        var rows = new List<string>
        {
            System.FormattableString.Invariant($"| none (cheap checks only), first and last run | {first.PagesPerMinute:0.0}, {last.PagesPerMinute:0.0} | {Ms(first.CpuMsPerPage)}, {Ms(last.CpuMsPerPage)} | – |"),
        };
        rows.AddRange(measured.Select(m => System.FormattableString.Invariant($"| {m.Check} | {m.PagesPerMinute:0.0} | {Ms(m.Cpu)} | {Ms(m.Cpu - none)} |")));
        return rows;
    }
}
