using System.Globalization;
using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Checks;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Visit;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>
/// Not a test: prints how many milliseconds each of these checks adds to each demo page (one visitor per
/// check, so ChecksMs is that check alone). Run with --filter FullyQualifiedName~AccessCheckCostMeasurement.
/// </summary>
[TestFixture]
[Explicit("Measurement, not a test: slow and prints a table.")]
public sealed class AccessCheckCostMeasurement
{
    [Test]
    public async Task PrintPerPageCostOfEachCheck()
    {
        var root = RepoPaths.DemoSite;
        await using var server = await LocalSiteServer.StartAsync(root);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("private/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        IPageCheck[] checks = [new TimeLimitsCheck(), new MovingContentCheck(), new ChangeOfContextCheck(), new LowBandwidthCheck(), new NoJavaScriptCheck()];
        var options = new AuditOptions
        {
            Name = "cost",
            StartUrls = [server.BaseUrl],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Timeouts = new TimeoutOptions { Navigation = TimeSpan.FromSeconds(30), Page = TimeSpan.FromSeconds(120) },
        };
        var scope = new ScopeRules(options.Scope, [server.BaseUrl]);
        var table = new Dictionary<string, List<double>>();
        foreach (var check in checks)
        {
            await using var visitor = await PageVisitor.CreateAsync(SharedBrowser.Session, options, scope.Decide, [check]);
            foreach (var page in pages)
            {
                var visit = await visitor.VisitAsync(new CrawlItem(new Uri(server.BaseUrl, page), 0, null), CancellationToken.None);
                table.TryAdd(page, []);
                table[page].Add(visit.Page.Timings?.ChecksMs ?? double.NaN);
            }
        }

        TestContext.Out.WriteLine("page".PadRight(32) + string.Concat(checks.Select(c => c.Id.PadLeft(19))));
        foreach (var (page, ms) in table)
        {
            TestContext.Out.WriteLine(page.PadRight(32) + string.Concat(ms.Select(m => m.ToString("0", CultureInfo.InvariantCulture).PadLeft(19))));
        }

        TestContext.Out.WriteLine("median".PadRight(32) + string.Concat(Enumerable.Range(0, checks.Length).Select(i => Median(table.Values.Select(v => v[i])).ToString("0", CultureInfo.InvariantCulture).PadLeft(19))));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
