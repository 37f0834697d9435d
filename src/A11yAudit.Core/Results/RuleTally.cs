using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>
/// One rule's findings across an audit, folded page by page so no finding is kept: the first finding's impact
/// and help, the highest impact, and how many findings, pages and elements.
/// </summary>
public sealed class RuleTally
{
    private readonly HashSet<string> _pages = new(StringComparer.Ordinal);

    private RuleTally(Finding first)
    {
        RuleId = first.RuleId;
        FirstImpact = first.Impact;
        Help = first.Help;
    }

    public string RuleId { get; }

    public Impact? FirstImpact { get; }

    /// <summary>The first finding's help text.</summary>
    public string Help { get; }

    /// <summary>The highest impact of any finding; null when none has one.</summary>
    public Impact? MaxImpact { get; private set; }

    public int Findings { get; private set; }

    /// <summary>Distinct page URLs.</summary>
    public int Pages => _pages.Count;

    /// <summary>Affected elements, over all findings.</summary>
    public int Elements { get; private set; }

    /// <summary>A tally per rule id of the findings <paramref name="counted"/> selects, in the order rules are first met.</summary>
    public static IReadOnlyList<RuleTally> Of(IEnumerable<PageResult> pages, Func<Finding, bool> counted)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(counted);
        var tallies = new Dictionary<string, RuleTally>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var finding in page.Findings.Where(counted))
            {
                if (!tallies.TryGetValue(finding.RuleId, out var tally))
                {
                    tallies[finding.RuleId] = tally = new RuleTally(finding);
                }

                tally.Add(page.Url, finding);
            }
        }

        return [.. tallies.Values];
    }

    private void Add(string pageUrl, Finding finding)
    {
        MaxImpact = finding.Impact is { } impact && (MaxImpact is null || impact > MaxImpact) ? impact : MaxImpact;
        Findings++;
        _pages.Add(pageUrl);
        Elements += finding.Nodes.Count;
    }
}
