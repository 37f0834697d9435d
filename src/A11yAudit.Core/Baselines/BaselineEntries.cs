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

        // Folded node by node: the pages may be on disk, and an entry needs only its example and counts.
        var seen = new Dictionary<string, Seen>(StringComparer.Ordinal);
        foreach (var page in results.Pages.Where(p => p.WasScanned))
        {
            foreach (var finding in page.Findings.Where(f => f.Outcome == FindingOutcome.Violation))
            {
                foreach (var node in finding.Nodes)
                {
                    var identity = fingerprinter.Identify(page.Url, finding, node);
                    var fingerprint = identity.Fingerprint;
                    if (!seen.TryGetValue(fingerprint, out var entry))
                    {
                        seen[fingerprint] = entry = new Seen();
                    }

                    entry.Add(page.Url, identity, finding, node);
                }
            }
        }

        return Sort(seen.Select(s =>
        {
            var first = s.Value.First!;
            return new BaselineEntry
            {
                Fingerprint = s.Key,
                RuleId = first.RuleId,
                Source = first.Source,
                Impact = s.Value.Impact,
                Page = first.Identity.Page,
                Selector = first.Identity.Selector,
                Element = first.Identity.Element,
                Count = s.Value.MostOnOnePage,
                Blocks = blocks.GetValueOrDefault((first.Source.ToLowerInvariant(), first.RuleId.ToLowerInvariant()), []),
                Help = first.Help,
                Url = first.PageUrl,
                Target = first.Target,
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

    /// <summary>The element that stands for a fingerprint and the counts of every element with it.</summary>
    private sealed class Seen
    {
        private readonly Dictionary<string, int> _perPage = new(StringComparer.Ordinal);

        public Example? First { get; private set; }

        public Impact? Impact { get; private set; }

        public int MostOnOnePage => _perPage.Values.Max();

        public void Add(string pageUrl, FindingIdentity identity, Finding finding, FindingNode node)
        {
            // Crawl order varies; the first URL (then selector) in sort order is a stable example.
            var target = node.Target.Display;
            if (First is null || SortsBefore(pageUrl, target, First))
            {
                First = new Example(pageUrl, target, identity, finding.RuleId, finding.Source, string.IsNullOrWhiteSpace(finding.Help) ? finding.Description : finding.Help);
            }

            if ((finding.Impact ?? node.Impact) is { } impact && (Impact is null || impact > Impact))
            {
                Impact = impact;
            }

            _perPage[pageUrl] = _perPage.GetValueOrDefault(pageUrl) + 1;
        }

        private static bool SortsBefore(string pageUrl, string target, Example example)
        {
            var byUrl = string.CompareOrdinal(pageUrl, example.PageUrl);
            return byUrl < 0 || (byUrl == 0 && string.CompareOrdinal(target, example.Target) < 0);
        }
    }

    private sealed record Example(string PageUrl, string Target, FindingIdentity Identity, string RuleId, string Source, string Help);
}
