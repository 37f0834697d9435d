using A11yAudit.Browser.Check;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>
/// Wraps a check that changes the page and records what differs afterwards (viewport, injected styles,
/// inline styles, focus, scroll position), so tests can assert the page is handed on as it was found.
/// </summary>
internal sealed class PageRestoreProbe(IPageCheck inner) : IPageCheck
{
    private const string SnapshotScript = """
        () => JSON.stringify({
          innerWidth: window.innerWidth,
          innerHeight: window.innerHeight,
          styles: document.querySelectorAll('style, link[rel=stylesheet]').length + '/' + document.adoptedStyleSheets.length,
          inline: Array.from(document.querySelectorAll('[style]')).map(e => e.getAttribute('style')).join('|'),
          htmlStyle: document.documentElement.getAttribute('style') || '',
          active: document.activeElement ? document.activeElement.localName : '',
          scroll: window.scrollX + ',' + window.scrollY,
        })
        """;

    public string Id => inner.Id;

    public string Help => inner.Help;

    public IReadOnlyList<string> WcagCriteria => inner.WcagCriteria;

    public CheckCost Cost => inner.Cost;

    public static async Task<IReadOnlyList<string>> ChangesAfterAsync(IPageCheck check, string path)
    {
        var findings = await CheckHarness.RunAsync(new PageRestoreProbe(check), path);
        return findings.Where(f => f.RuleId == "probe").SelectMany(f => f.Nodes).Select(n => n.FailureSummary).ToList();
    }

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        var viewportBefore = context.Page.ViewportSize;
        var before = await context.Page.EvaluateAsync<string>(SnapshotScript);
        var findings = new List<Finding>(await inner.RunAsync(context, cancellationToken));
        var viewportAfter = context.Page.ViewportSize;
        var after = await context.Page.EvaluateAsync<string>(SnapshotScript);
        var changes = new List<string>();
        if (viewportBefore?.Width != viewportAfter?.Width || viewportBefore?.Height != viewportAfter?.Height)
        {
            changes.Add($"viewport {viewportBefore?.Width}x{viewportBefore?.Height} became {viewportAfter?.Width}x{viewportAfter?.Height}");
        }

        if (before != after)
        {
            changes.Add($"page state {before} became {after}");
        }

        if (changes.Count > 0)
        {
            findings.Add(new Finding
            {
                RuleId = "probe",
                Source = "test",
                Outcome = FindingOutcome.NeedsReview,
                Nodes = changes.Select(c => new FindingNode { Target = ElementTarget.FromSelector("html"), FailureSummary = c }).ToList(),
            });
        }

        return findings;
    }
}
