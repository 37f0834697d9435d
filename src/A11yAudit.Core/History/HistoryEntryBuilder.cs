using A11yAudit.Core.Baselines;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.History;

/// <summary>Summarises an audit as a history entry. Pure.</summary>
public static class HistoryEntryBuilder
{
    /// <param name="entries">This run's violations as baseline entries (<see cref="BaselineEntries.From"/>).</param>
    public static HistoryEntry From(AuditResults results, IReadOnlyList<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(entries);
        int Of(Impact impact) => entries.Count(e => e.Impact == impact);

        // A run that created the baseline compared with nothing: its "new" count would only be noise in a trend.
        var compared = results.Baseline is { Created: not null } ? results.Baseline : null;
        return new HistoryEntry
        {
            Date = results.FinishedAt,
            Target = results.Target.Name,
            ToolVersion = results.Tool.Version,
            AxeVersion = results.Tool.AxeVersion,
            Rating = results.Exclusion?.Rating.Rating,
            PagesScanned = results.Summary.PagesScanned,
            Findings = entries.Count,
            Elements = results.Pages.Where(p => p.WasScanned).SelectMany(p => p.Findings).Where(f => f.Outcome == FindingOutcome.Violation).Sum(f => f.Nodes.Count),
            Critical = Of(Impact.Critical),
            Serious = Of(Impact.Serious),
            Moderate = Of(Impact.Moderate),
            Minor = Of(Impact.Minor),
            NeedsReview = results.Summary.NeedsReview,
            Groups = (results.Exclusion?.Product.Groups ?? []).Select(g => new HistoryGroupRisk(g.GroupId, g.Risk.Best, g.Risk.Worst)).ToList(),
            New = compared?.New,
            Fixed = compared?.Fixed,
            StillPresent = compared?.StillPresent,
            Gate = results.Gate?.Verdict,
        };
    }
}
