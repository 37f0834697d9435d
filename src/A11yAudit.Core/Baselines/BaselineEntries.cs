using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Baselines;

/// <summary>
/// An audit's confirmed violations as baseline entries, one per fingerprint. Needs-review items are left out:
/// they are a person's worklist, not regressions, and never fail a build.
/// </summary>
public static class BaselineEntries
{
    public static IReadOnlyList<BaselineEntry> From(AuditResults results, Fingerprinter fingerprinter)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(fingerprinter);
        var blocks = Blockers(results);
        var seen = new List<(string PageUrl, FindingIdentity Identity, Finding Finding, FindingNode Node)>();
        foreach (var page in results.Pages.Where(p => p.WasScanned))
        {
            foreach (var finding in page.Findings.Where(f => f.Outcome == FindingOutcome.Violation))
            {
                foreach (var node in finding.Nodes)
                {
                    seen.Add((page.Url, fingerprinter.Identify(page.Url, finding, node), finding, node));
                }
            }
        }

        return Sort(seen
            .GroupBy(s => s.Identity.Fingerprint, StringComparer.Ordinal)
            .Select(g =>
            {
                // Crawl order varies; the first URL in sort order is a stable example.
                var first = g.OrderBy(s => s.PageUrl, StringComparer.Ordinal).ThenBy(s => s.Node.Target.Display, StringComparer.Ordinal).First();
                return new BaselineEntry
                {
                    Fingerprint = g.Key,
                    RuleId = first.Finding.RuleId,
                    Source = first.Finding.Source,
                    Impact = g.Max(s => s.Finding.Impact ?? s.Node.Impact),
                    Page = first.Identity.Page,
                    Selector = first.Identity.Selector,
                    Element = first.Identity.Element,
                    Count = g.GroupBy(s => s.PageUrl, StringComparer.Ordinal).Max(p => p.Count()),
                    Blocks = blocks.GetValueOrDefault((first.Finding.Source.ToLowerInvariant(), first.Finding.RuleId.ToLowerInvariant()), []),
                    Help = string.IsNullOrWhiteSpace(first.Finding.Help) ? first.Finding.Description : first.Finding.Help,
                    Url = first.PageUrl,
                    Target = first.Node.Target.Display,
                };
            }));
    }

    /// <summary>Page patterns of every page scanned in this run, so a diff can tell "fixed" from "not looked at".</summary>
    public static IReadOnlySet<string> ScannedPages(AuditResults results, Fingerprinter fingerprinter)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(fingerprinter);
        return results.Pages.Where(p => p.WasScanned).Select(p => fingerprinter.PageOf(p.Url)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The order of baseline files: page, rule, selector, element, fingerprint.</summary>
    public static IReadOnlyList<BaselineEntry> Sort(IEnumerable<BaselineEntry> entries) =>
        entries
            .OrderBy(e => e.Page, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Selector, StringComparer.Ordinal)
            .ThenBy(e => e.Element, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();

    /// <summary>Checks the exclusion model maps as blocking for some group, from the mappings the assessment used.</summary>
    private static Dictionary<(string, string), IReadOnlyList<string>> Blockers(AuditResults results) =>
        (results.Exclusion?.Mappings ?? [])
            .GroupBy(m => (m.Source.ToLowerInvariant(), m.RuleId.ToLowerInvariant()))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.SelectMany(m => m.Groups.Where(x => x.Value == BarrierSeverity.Blocker).Select(x => x.Key))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList());
}
