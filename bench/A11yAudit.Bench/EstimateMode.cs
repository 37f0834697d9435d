using System.Globalization;
using A11yAudit.Browser.Check.Checks;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Launch;
using A11yAudit.Browser.Visit;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;

namespace A11yAudit.Bench;

/// <summary>
/// How the low-bandwidth check's replay of a page's own load (<see cref="SlowConnectionEstimate"/>) compares with a
/// throttled load of the same page: each page is audited with the check alone, made to load every page throttled
/// and to report it, so its evidence holds both figures. The replay is only trusted to skip a throttled load when it
/// is well within budget, so what matters is that it never comes out much below the measurement.
/// </summary>
internal static class EstimateMode
{
    public const string Header =
        "| page | requests | KiB | throttled: usable ms | replayed: usable ms | replayed / throttled |\n| --- | ---: | ---: | ---: | ---: | ---: |";

    public static async Task<(List<string> Rows, string Summary)> RunAsync(BrowserSession session, IReadOnlyList<Uri> urls, string outputDirectory)
    {
        var alwaysReport = LowBandwidthBudget.Default with { MaxTimeToUsable = TimeSpan.FromMilliseconds(1), MaxTransferBytes = 1, EstimateMargin = 0 };
        var options = new AuditOptions
        {
            Name = "estimate",
            StartUrls = [urls[0]],
            OutputDirectory = outputDirectory,
            Browser = new BrowserOptions { Viewport = ViewportOptions.Mobile },
        };
        var scope = new ScopeRules(options.Scope, urls);
        await using var visitor = await PageVisitor.CreateAsync(session, options, scope.Decide, [new LowBandwidthCheck(alwaysReport)]);
        var rows = new List<string>();
        var ratios = new List<double>();
        foreach (var url in urls)
        {
            var visit = await visitor.VisitAsync(new CrawlItem(url, 0, null), CancellationToken.None);
            var evidence = visit.Page.Findings.FirstOrDefault(f => f.RuleId == "low-bandwidth")?.Nodes.FirstOrDefault()?.Evidence;
            if (evidence is null || !evidence.TryGetValue("usableMs", out var measured) || !evidence.TryGetValue("estimatedUsableMs", out var estimated))
            {
                rows.Add($"| {url.PathAndQuery} | – | – | – | not replayed ({visit.Page.Outcome}) | – |");
                continue;
            }

            var ratio = double.TryParse(estimated, CultureInfo.InvariantCulture, out var e) && double.TryParse(measured, CultureInfo.InvariantCulture, out var m) && m > 0 ? e / m : double.NaN;
            if (double.IsFinite(ratio))
            {
                ratios.Add(ratio);
            }

            rows.Add(FormattableString.Invariant($"| {url.PathAndQuery} | {evidence["requests"]} | {evidence["transferKiB"]} | {measured} | {estimated} | {ratio:0.00} |"));
        }

        ratios.Sort();
        var summary = ratios.Count == 0
            ? "No page was replayed."
            : FormattableString.Invariant($"Replayed / throttled over {ratios.Count} pages: lowest {ratios[0]:0.00}, median {ratios[ratios.Count / 2]:0.00}, highest {ratios[^1]:0.00}.");
        return (rows, summary);
    }
}
