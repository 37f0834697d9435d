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
    /// <param name="shards">The shards' results; their pages may be on disk.</param>
    /// <param name="spillDirectory">Where the merged pages are spilled (default: the system's temporary folder).</param>
    /// <returns>The merged results; their pages are a new <see cref="PageStore"/>, which the caller owns.</returns>
    public static AuditResults Merge(IReadOnlyList<AuditResults> shards, string? spillDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new ArgumentException("Nothing to merge.", nameof(shards));
        }

        var first = shards[0];
        var chosen = ChoosePages(shards);
        var audited = chosen.Keys.ToHashSet(StringComparer.Ordinal);
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
        var pages = PageStore.Create(spillDirectory);
        try
        {
            foreach (var (shard, index, _) in chosen.Values.OrderBy(c => c.Key, PageOrderKey.DepthThenUrl))
            {
                pages.Add(shards[shard].Pages[index]);
            }
        }
        catch
        {
            pages.Dispose();
            throw;
        }

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

    /// <summary>
    /// Which copy of each URL to keep (the first scanned one, else the first), by shard and index: one read of
    /// every page, holding only where the chosen ones are.
    /// </summary>
    private static Dictionary<string, (int Shard, int Index, PageOrderKey Key)> ChoosePages(IReadOnlyList<AuditResults> shards)
    {
        var chosen = new Dictionary<string, (int Shard, int Index, PageOrderKey Key)>(StringComparer.Ordinal);
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        for (var shard = 0; shard < shards.Count; shard++)
        {
            var index = 0;
            foreach (var page in shards[shard].Pages)
            {
                if (!chosen.ContainsKey(page.Url) || (page.WasScanned && !scanned.Contains(page.Url)))
                {
                    chosen[page.Url] = (shard, index, PageOrderKey.Of(page));
                    if (page.WasScanned)
                    {
                        scanned.Add(page.Url);
                    }
                }

                index++;
            }
        }

        return chosen;
    }
}
