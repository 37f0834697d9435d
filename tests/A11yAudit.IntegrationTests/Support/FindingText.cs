using A11yAudit.Core.Model;

namespace A11yAudit.IntegrationTests.Support;

/// <summary>Everything a page's findings say, one line per finding, to compare a re-using scan with a full one.</summary>
internal static class FindingText
{
    public static IEnumerable<string> Describe(PageResult page) => page.Findings.Select(f =>
        $"{f.Source}:{f.RuleId} {f.Outcome} {f.Impact} {f.Viewport} " + string.Join(" | ", f.Nodes.Select(n =>
            $"{n.Target.Display} {n.Html} {n.Impact} {n.FailureSummary} {string.Join(",", (n.Evidence ?? new Dictionary<string, string>()).OrderBy(e => e.Key, StringComparer.Ordinal))}")));
}
