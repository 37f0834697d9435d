using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Merging;

/// <summary>
/// Combines the results of shards of one audit (each audited a disjoint part of the URL list) into the
/// results a single run would have produced: pages and skipped URLs united (a URL audited by two shards is
/// kept once), the rule catalogue united, the earliest start and latest finish. Scoring is redone on the
/// merged pages by the caller.
/// </summary>
public static class ResultsMerger
{
    public static AuditResults Merge(IReadOnlyList<AuditResults> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new ArgumentException("Nothing to merge.", nameof(shards));
        }

        var first = shards[0];
        var pages = shards.SelectMany(s => s.Pages)
            .GroupBy(p => p.Url, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.WasScanned ? 0 : 1).First())
            .OrderBy(p => p.Depth).ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var audited = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var skipped = shards.SelectMany(s => s.Skipped)
            .Where(s => !audited.Contains(s.Url))
            .GroupBy(s => s.Url, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(s => s.Url, StringComparer.Ordinal)
            .ToList();
        var rules = shards.SelectMany(s => s.Rules)
            .GroupBy(r => (r.Source, r.Id))
            .Select(g => g.First())
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var incomplete = shards.Where(s => s.Incomplete).ToList();

        return first with
        {
            Target = first.Target with
            {
                StartUrls = shards.SelectMany(s => s.Target.StartUrls).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Shard = null,
            },
            StartedAt = shards.Min(s => s.StartedAt),
            FinishedAt = shards.Max(s => s.FinishedAt),
            Incomplete = incomplete.Count > 0,
            IncompleteReason = incomplete.Count > 0 ? string.Join("; ", incomplete.Select(s => s.IncompleteReason)) : null,
            Pages = pages,
            Skipped = skipped,
            Rules = rules,
            Exclusion = null,
        };
    }
}
