using System.Text;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>
/// Folds per-page findings of one outcome into one <see cref="IssueGroup"/> per rule and element pattern, and
/// sorts them by exclusion impact: worst effect on any group, then how many groups, then axe impact, then
/// pages. Pages are added one at a time and not kept; every lookup is a dictionary, so a 1,000-page audit
/// groups in linear time.
/// </summary>
internal sealed class IssueGrouper(FindingOutcome outcome, IssueContext context)
{
    private readonly Dictionary<(string Source, string RuleId, string Pattern), IssueBucket> _buckets = [];

    public void Add(PageResult page)
    {
        foreach (var finding in page.Findings)
        {
            if (finding.Outcome != outcome)
            {
                continue;
            }

            // A finding without nodes (a page-level problem) is still one problem on that page.
            var byPattern = finding.Nodes.Count == 0
                ? [new KeyValuePair<string, List<FindingNode>>("", [])]
                : finding.Nodes.GroupBy(n => IssuePattern.Of(n.Target)).Select(g => new KeyValuePair<string, List<FindingNode>>(g.Key, g.ToList()));
            foreach (var (pattern, nodes) in byPattern)
            {
                var key = (finding.Source, finding.RuleId, pattern);
                if (!_buckets.TryGetValue(key, out var bucket))
                {
                    bucket = new IssueBucket();
                    _buckets.Add(key, bucket);
                }

                bucket.Add(page, finding, nodes, context);
            }
        }
    }

    /// <summary>The issues, ranked, each with an id unique in the report.</summary>
    public List<IssueGroup> ToGroups()
    {
        var outcomeKey = outcome == FindingOutcome.Violation ? "violation" : "needs-review";
        var ranked = _buckets
            .Select(b =>
            {
                var mapping = context.Barriers.Mapping(b.Key.Source, b.Key.RuleId);
                var group = b.Value.ToGroup(b.Key.Source, b.Key.RuleId, b.Key.Pattern, outcomeKey, context, mapping);
                var worst = mapping?.Groups.Values.Max() ?? (BarrierSeverity)0;
                return (Group: group, Worst: worst, Groups: mapping?.Groups.Count ?? 0);
            })
            .OrderByDescending(x => x.Worst)
            .ThenByDescending(x => x.Groups)
            .ThenByDescending(x => ImpactRank(x.Group.Impact))
            .ThenByDescending(x => x.Group.PageCount)
            .ThenByDescending(x => x.Group.InstanceCount)
            .ThenBy(x => x.Group.RuleId, StringComparer.Ordinal)
            .ThenBy(x => x.Group.Source, StringComparer.Ordinal)
            .ThenBy(x => x.Group.Pattern, StringComparer.Ordinal)
            .Select(x => x.Group)
            .ToList();

        return ranked.Select(g =>
        {
            var id = UniqueId(g.Id, context.UsedIds);
            return g with
            {
                Id = id,
                Examples = g.Examples.Select((e, i) => e with { Id = $"{id}-el-{i + 1}" }).ToList(),
            };
        }).ToList();
    }

    internal static int ImpactRank(string impact) => impact switch
    {
        "critical" => 4,
        "serious" => 3,
        "moderate" => 2,
        "minor" => 1,
        _ => 0,
    };

    internal static string UniqueId(string baseId, HashSet<string> used)
    {
        var id = baseId;
        for (var n = 2; !used.Add(id); n++)
        {
            id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    /// <summary>Lower-case ASCII letters, digits and single hyphens: safe in an id and a URL fragment.</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    internal static string TrimSnippet(string html)
    {
        if (html.Length <= ReportModelBuilder.MaxSnippetLength)
        {
            return html;
        }

        var cut = ReportModelBuilder.MaxSnippetLength;
        if (char.IsHighSurrogate(html[cut - 1]))
        {
            cut--;
        }

        return string.Concat(html.AsSpan(0, cut), "…");
    }
}
