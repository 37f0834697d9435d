using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Bench;

/// <summary>Whether two runs over the same pages found the same things (a speed-up must not change a result).</summary>
internal static class SameFindings
{
    /// <summary>The URLs whose findings, passed rules or inapplicable rules differ between the two runs.</summary>
    public static IReadOnlyList<string> Differences(AuditResults first, AuditResults second)
    {
        var other = second.Pages.ToDictionary(p => p.Url, Describe, StringComparer.Ordinal);
        return first.Pages
            .Where(p => !other.TryGetValue(p.Url, out var text) || text != Describe(p))
            .Select(p => p.Url)
            .ToList();
    }

    private static string Describe(PageResult page) =>
        string.Join("\n", page.Findings.Select(f => $"{f.Source}:{f.RuleId} {f.Outcome} {f.Impact} " +
            string.Join(" | ", f.Nodes.Select(n => $"{n.Target.Display} {n.Html} {n.Impact} {n.FailureSummary}"))))
        + "\npassed " + string.Join(",", page.PassedRules)
        + "\ninapplicable " + string.Join(",", page.InapplicableRules);
}
