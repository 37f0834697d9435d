using A11yAudit.Browser.Check;
using A11yAudit.Browser.Discover;
using A11yAudit.Browser.Visit;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Crawl;

/// <summary>BrowserOptions.AdditionalViewports: the same tab is re-scanned at each extra width and put back.</summary>
[TestFixture]
public sealed class AdditionalViewportTests
{
    [Test]
    public async Task DefectOnlyVisibleAtDesktopWidthIsFoundAndTaggedDesktop()
    {
        var widths = new WidthProbe();
        var (first, second) = await VisitTwiceAsync(widths);

        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(PageOutcome.Scanned), first.Reason);
            Assert.That(Seen(first, "link-name"), Is.EqualTo(new[] { "desktop" }), "the icon link is hidden by a media query on phones");
            Assert.That(first.Findings.Single(f => f.RuleId == "link-name").Nodes.Single().Target.Display, Is.EqualTo("#settings"));
            Assert.That(Seen(first, "image-alt"), Is.EquivalentTo(new[] { "mobile", "desktop" }), "a defect at both widths is kept once for each");
            Assert.That(Seen(first, "width-probe"), Is.EqualTo(new[] { "mobile", "desktop" }), "cheap checks run in the extra pass too");
            Assert.That(first.Viewport, Is.EqualTo("mobile"));
            Assert.That(widths.Seen, Is.EqualTo(new[] { "mobile:390", "desktop:1280", "mobile:390", "desktop:1280" }), "the tab is back at the main width for the next page");
            Assert.That(Seen(second, "link-name"), Is.EqualTo(new[] { "desktop" }));
        });
    }

    [Test]
    public async Task ACheckThatFailsInTheExtraPassCostsOnlyItsOwnFindings()
    {
        var (first, _) = await VisitTwiceAsync(new FailsAtDesktop());

        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(PageOutcome.Scanned), first.Reason);
            Assert.That(Seen(first, "image-alt"), Is.EquivalentTo(new[] { "mobile", "desktop" }), "axe's findings at both widths stand");
            Assert.That(Seen(first, "fails-at-desktop"), Is.EqualTo(new[] { "mobile" }), "its finding from the main pass stands");
            Assert.That(first.ChecksFailed?["fails-at-desktop"], Does.Contain("desktop").And.Contain("no desktop for this check"));
        });
    }

    private static List<string?> Seen(PageResult page, string ruleId) => page.Findings.Where(f => f.RuleId == ruleId).Select(f => f.Viewport).ToList();

    private static async Task<(PageResult First, PageResult Second)> VisitTwiceAsync(IPageCheck check)
    {
        var url = new Uri(await CheckHarness.BaseUrlAsync(), "additional-viewports/desktop-only-nav.html");
        var options = new AuditOptions
        {
            Name = "additional viewports",
            StartUrls = [url],
            OutputDirectory = RepoPaths.NewTempDirectory(),
            Browser = new BrowserOptions { Viewport = ViewportOptions.Mobile, AdditionalViewports = [ViewportOptions.Desktop] },
            Timeouts = new TimeoutOptions { Navigation = TimeSpan.FromSeconds(15), Page = TimeSpan.FromSeconds(60) },
        };
        var scope = new ScopeRules(options.Scope, [url]);
        await using var visitor = await PageVisitor.CreateAsync(SharedBrowser.Session, options, scope.Decide, [check]);
        var first = await visitor.VisitAsync(new CrawlItem(url, 0, null), CancellationToken.None);
        var second = await visitor.VisitAsync(new CrawlItem(url, 0, null), CancellationToken.None);
        return (first.Page, second.Page);
    }

    /// <summary>A cheap check that records the width it saw and reports one finding per pass.</summary>
    private sealed class WidthProbe : IPageCheck
    {
        public List<string> Seen { get; } = [];

        public string Id => "width-probe";

        public string Help => "Records the viewport width.";

        public IReadOnlyList<string> WcagCriteria => [];

        public CheckCost Cost => CheckCost.Cheap;

        public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
        {
            Seen.Add($"{context.Viewport}:{await context.Page.EvaluateAsync<int>("() => window.innerWidth")}");
            return [new Finding { RuleId = Id, Source = "a11yaudit", Outcome = FindingOutcome.NeedsReview, Viewport = context.Viewport }];
        }
    }

    /// <summary>A cheap check that works at the main width and throws at the desktop width.</summary>
    private sealed class FailsAtDesktop : IPageCheck
    {
        public string Id => "fails-at-desktop";

        public string Help => "Fails at the desktop width.";

        public IReadOnlyList<string> WcagCriteria => [];

        public CheckCost Cost => CheckCost.Cheap;

        public Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken) =>
            context.Viewport == "desktop"
                ? throw new InvalidOperationException("no desktop for this check")
                : Task.FromResult<IReadOnlyList<Finding>>([new Finding { RuleId = Id, Source = "a11yaudit", Outcome = FindingOutcome.NeedsReview, Viewport = context.Viewport }]);
    }
}
