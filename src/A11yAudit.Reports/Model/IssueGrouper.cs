using System.Text;
using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>Folds per-page findings of one outcome into one <see cref="IssueGroup"/> per rule.</summary>
internal static class IssueGrouper
{
    public static List<IssueGroup> Group(
        IReadOnlyList<PageResult> pages,
        FindingOutcome outcome,
        IReadOnlyDictionary<(string Source, string Id), RuleInfo> rules,
        HashSet<string> usedIds)
    {
        var buckets = new Dictionary<(string Source, string RuleId), Bucket>();
        foreach (var page in pages)
        {
            foreach (var finding in page.Findings)
            {
                if (finding.Outcome != outcome)
                {
                    continue;
                }

                var key = (finding.Source, finding.RuleId);
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    bucket = new Bucket();
                    buckets.Add(key, bucket);
                }

                bucket.Add(page, finding);
            }
        }

        var outcomeKey = outcome == FindingOutcome.Violation ? "violation" : "needs-review";
        var groups = buckets
            .Select(b => b.Value.ToGroup(b.Key.Source, b.Key.RuleId, outcomeKey, rules.GetValueOrDefault((b.Key.Source, b.Key.RuleId))))
            .OrderByDescending(g => ImpactRank(g.Impact))
            .ThenByDescending(g => g.PageCount)
            .ThenByDescending(g => g.InstanceCount)
            .ThenBy(g => g.RuleId, StringComparer.Ordinal)
            .ThenBy(g => g.Source, StringComparer.Ordinal)
            .ToList();

        // Ids are given after sorting so they follow the order a reader sees.
        return groups.Select(g => g with { Id = UniqueId(g.Id, usedIds) }).ToList();
    }

    private static int ImpactRank(string impact) => impact switch
    {
        "critical" => 4,
        "serious" => 3,
        "moderate" => 2,
        "minor" => 1,
        _ => 0,
    };

    private static string UniqueId(string baseId, HashSet<string> used)
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

    private sealed class Bucket
    {
        private readonly List<Finding> _findings = [];
        private readonly List<(string Url, string? Title)> _pageOrder = [];
        private readonly Dictionary<string, int> _instancesByUrl = new(StringComparer.Ordinal);
        private readonly HashSet<(string Html, string Selector)> _distinctNodes = [];
        private readonly List<NodeExample> _examples = [];
        private readonly List<string> _selectors = [];
        private readonly HashSet<string> _selectorSet = new(StringComparer.Ordinal);

        public void Add(PageResult page, Finding finding)
        {
            _findings.Add(finding);

            // The same URL can be scanned in two viewports: it is still one affected page.
            if (!_instancesByUrl.TryGetValue(page.Url, out var count))
            {
                _pageOrder.Add((page.Url, string.IsNullOrWhiteSpace(page.Title) ? null : page.Title));
            }

            _instancesByUrl[page.Url] = count + finding.Nodes.Count;

            foreach (var node in finding.Nodes)
            {
                var selector = node.Target.Display;
                if (_selectorSet.Add(selector))
                {
                    _selectors.Add(selector);
                }

                // A site-wide header fails on every page; one example of it is enough.
                if (_distinctNodes.Add((node.Html, selector)) && _examples.Count < ReportModelBuilder.MaxExamples)
                {
                    _examples.Add(new NodeExample(page.Url, TrimSnippet(node.Html), selector, node.FailureSummary));
                }
            }
        }

        public IssueGroup ToGroup(string source, string ruleId, string outcome, RuleInfo? info)
        {
            var impact = _findings.Max(f => f.Impact) ?? _findings.SelectMany(f => f.Nodes).Max(n => n.Impact);
            var category = info?.Category ?? _findings[0].Category;
            return new IssueGroup
            {
                Id = Slug($"{outcome}-{source}-{ruleId}"),
                RuleId = ruleId,
                Source = source,
                Outcome = outcome,
                Impact = ReportText.ImpactKey(impact),
                ImpactLabel = ReportText.ImpactLabel(impact),
                Category = ReportText.CategoryKey(category),
                CategoryLabel = ReportText.CategoryLabel(category),
                Help = FirstText(info?.Help, _findings.Select(f => f.Help)),
                Description = FirstText(info?.Description, _findings.Select(f => f.Description)),
                HelpUrl = NullIfEmpty(FirstText(info?.HelpUrl, _findings.Select(f => f.HelpUrl))),
                Wcag = ReportModelBuilder.CriteriaFor(info, _findings).Select(ReportModelBuilder.ToWcagLink).ToList(),
                PageCount = _pageOrder.Count,
                InstanceCount = _instancesByUrl.Values.Sum(),
                Pages = _pageOrder.Select(p => new AffectedPage(p.Url, p.Title, _instancesByUrl[p.Url])).ToList(),
                Examples = _examples.ToList(),
                MoreExamples = _distinctNodes.Count - _examples.Count,
                Selectors = _selectors.Take(ReportModelBuilder.MaxSelectors).ToList(),
                MoreSelectors = Math.Max(0, _selectors.Count - ReportModelBuilder.MaxSelectors),
            };
        }

        private static string FirstText(string? preferred, IEnumerable<string?> fallbacks) =>
            !string.IsNullOrWhiteSpace(preferred)
                ? preferred
                : fallbacks.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? "";

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
