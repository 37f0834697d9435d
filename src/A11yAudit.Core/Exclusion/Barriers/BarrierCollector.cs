using A11yAudit.Core.Model;

namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>
/// Turns one page's findings into distinct barriers per group. Several results for the same URL (another
/// viewport, a re-scan) are added in turn and merged, so seeing a page twice never makes it look worse.
/// </summary>
public sealed class BarrierCollector
{
    // Keyed by rule, group and certainty: a confirmed and a suspected barrier of the same rule are kept
    // apart because the best case uses only the first and the worst case both.
    private readonly Dictionary<(string, string, string, BarrierCertainty), PageBarrier> _barriers = [];
    private readonly BarrierMap _map;
    private readonly Func<string, string> _share;

    public BarrierCollector(BarrierMap map)
        : this(map, text => text)
    {
    }

    /// <param name="map">The barrier map.</param>
    /// <param name="share">
    /// Gives one instance for equal texts (rule ids, help, selectors): pages read from disk bring their own
    /// copies, and an assessment of thousands of pages would otherwise hold one per page.
    /// </param>
    internal BarrierCollector(BarrierMap map, Func<string, string> share)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
        _share = share;
    }

    public void Add(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var finding in page.Findings)
        {
            var certainty = finding.Outcome == FindingOutcome.Violation ? BarrierCertainty.Certain : BarrierCertainty.Uncertain;
            var mapping = _map.Resolve(finding);
            foreach (var (groupId, severity) in mapping.Groups)
            {
                var key = (finding.Source.ToLowerInvariant(), finding.RuleId, groupId.ToLowerInvariant(), certainty);
                if (_barriers.TryGetValue(key, out var existing) && existing.Severity >= severity)
                {
                    continue;
                }

                _barriers[key] = new PageBarrier
                {
                    RuleId = _share(finding.RuleId),
                    Source = _share(finding.Source),
                    GroupId = groupId,
                    Severity = severity,
                    Certainty = certainty,
                    PageUrl = page.Url,
                    Selector = finding.Nodes.FirstOrDefault()?.Target.Display is { } selector ? _share(selector) : null,
                    Help = _share(HelpText(finding)),
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
