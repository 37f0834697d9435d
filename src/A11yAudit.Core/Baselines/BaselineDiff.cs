namespace A11yAudit.Core.Baselines;

/// <summary>
/// This run against the baseline. Every current violation is new or still present; every baseline entry is
/// still present, fixed, or not rechecked (its page was not scanned this time, so nothing is known about it —
/// a page that failed to load must never count as a fix).
/// </summary>
public sealed record BaselineDiff
{
    public IReadOnlyList<BaselineEntry> New { get; init; } = [];

    public IReadOnlyList<BaselineEntry> StillPresent { get; init; } = [];

    public IReadOnlyList<BaselineEntry> Fixed { get; init; } = [];

    public IReadOnlyList<BaselineEntry> NotRechecked { get; init; } = [];

    /// <param name="baseline">The accepted state; null compares with an empty baseline (everything is new).</param>
    /// <param name="current">This run's entries (<see cref="BaselineEntries.From"/>).</param>
    /// <param name="scannedPages">Page patterns scanned in this run.</param>
    public static BaselineDiff Compare(Baseline? baseline, IReadOnlyList<BaselineEntry> current, IReadOnlySet<string> scannedPages)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(scannedPages);
        var known = (baseline?.Entries ?? []).GroupBy(e => e.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = current.ToDictionary(e => e.Fingerprint, StringComparer.Ordinal);
        List<BaselineEntry> added = [], still = [], fixedOnes = [], unknown = [];

        foreach (var entry in current)
        {
            if (!known.TryGetValue(entry.Fingerprint, out var before))
            {
                added.Add(entry);
                continue;
            }

            // Same problem, more elements on one page than accepted: the extra ones are new.
            still.Add(entry with { Count = Math.Min(entry.Count, before.Count) });
            if (entry.Count > before.Count)
            {
                added.Add(entry with { Count = entry.Count - before.Count });
            }
            else if (entry.Count < before.Count)
            {
                fixedOnes.Add(before with { Count = before.Count - entry.Count, Url = entry.Url, Target = entry.Target });
            }
        }

        foreach (var entry in known.Values.Where(e => !now.ContainsKey(e.Fingerprint)))
        {
            (scannedPages.Contains(entry.Page) ? fixedOnes : unknown).Add(entry);
        }

        return new BaselineDiff
        {
            New = MostSevereFirst(added),
            StillPresent = MostSevereFirst(still),
            Fixed = MostSevereFirst(fixedOnes),
            NotRechecked = MostSevereFirst(unknown),
        };
    }

    private static List<BaselineEntry> MostSevereFirst(IEnumerable<BaselineEntry> entries) =>
        entries
            .OrderByDescending(e => e.Impact ?? 0)
            .ThenBy(e => e.Page, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Selector, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
}
