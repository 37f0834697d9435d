using A11yAudit.Core.Model;

namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>
/// Turns one page's findings into distinct barriers per group. Several results for the same URL (another
/// viewport, a re-scan) are added in turn and merged, so seeing a page twice never makes it look worse.
/// </summary>
public sealed class BarrierCollector(BarrierMap map)
{
    // Keyed by rule, group and certainty: a confirmed and a suspected barrier of the same rule are kept
    // apart because the best case uses only the first and the worst case both.
    private readonly Dictionary<(string, string, string, BarrierCertainty), PageBarrier> _barriers = [];

    public void Add(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var finding in page.Findings)
        {
            var certainty = finding.Outcome == FindingOutcome.Violation ? BarrierCertainty.Certain : BarrierCertainty.Uncertain;
            var mapping = map.Resolve(finding);
            foreach (var (groupId, severity) in mapping.Groups)
            {
                var key = (finding.Source.ToLowerInvariant(), finding.RuleId, groupId.ToLowerInvariant(), certainty);
                if (_barriers.TryGetValue(key, out var existing) && existing.Severity >= severity)
                {
                    continue;
                }

                _barriers[key] = new PageBarrier
                {
                    RuleId = finding.RuleId,
                    Source = finding.Source,
                    GroupId = groupId,
                    Severity = severity,
                    Certainty = certainty,
                    PageUrl = page.Url,
                    Selector = finding.Nodes.FirstOrDefault()?.Target.Display,
                    Help = HelpText(finding),
                };
            }
        }
    }

    /// <summary>The barriers, most severe first.</summary>
    public IReadOnlyList<PageBarrier> ToList() =>
        _barriers.Values
            .OrderByDescending(b => b.Severity)
            .ThenBy(b => b.Certainty)
            .ThenBy(b => b.GroupId, StringComparer.Ordinal)
            .ThenBy(b => b.RuleId, StringComparer.Ordinal)
            .ToList();

    private static string HelpText(Finding finding) =>
        !string.IsNullOrWhiteSpace(finding.Help) ? finding.Help
        : !string.IsNullOrWhiteSpace(finding.Description) ? finding.Description
        : finding.RuleId;
}
