using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>A scanned page with its barriers and scores, kept while the assessment is built.</summary>
internal sealed record ScoredPage(
    string Url,
    IReadOnlyList<PageBarrier> Barriers,
    IReadOnlyDictionary<string, GroupScore> Scores,
    PageRisk Risk)
{
    public IEnumerable<PageBarrier> BarriersFor(string groupId) =>
        Barriers.Where(b => string.Equals(b.GroupId, groupId, StringComparison.OrdinalIgnoreCase));
}
