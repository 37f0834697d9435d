using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>
/// Collects the findings of one rule and element pattern while the pages are read. It keeps what the report
/// shows (affected pages, a few examples and selectors, counts), never the findings themselves, so memory
/// grows with the report, not with the audit.
/// </summary>
internal sealed class IssueBucket
{
    private readonly IssueFindings _findings = new();
    private readonly List<(string Url, string? Title)> _pageOrder = [];
    private readonly Dictionary<string, int> _instancesByUrl = new(StringComparer.Ordinal);

    // Element (HTML and selector) to its index in _examples, or -1 when it is only counted.
    private readonly Dictionary<UInt128, int> _distinctNodes = [];
    private readonly List<NodeExample> _examples = [];
    private readonly List<string> _selectors = [];
    private readonly HashSet<UInt128> _selectorSet = [];

    public void Add(PageResult page, Finding finding, IReadOnlyList<FindingNode> nodes, IssueContext context)
    {
        _findings.Add(finding);

        // The same URL can be scanned in two viewports: it is still one affected page.
        if (!_instancesByUrl.TryGetValue(page.Url, out var count))
        {
            _pageOrder.Add((page.Url, string.IsNullOrWhiteSpace(page.Title) ? null : page.Title));
        }

        _instancesByUrl[page.Url] = count + Math.Max(1, nodes.Count);

        foreach (var node in nodes)
        {
            var selector = node.Target.Display;
            if (_selectorSet.Add(ContentKey.Of(selector)) && _selectors.Count < ReportModelBuilder.MaxSelectors)
            {
                _selectors.Add(selector);
            }

            var shot = context.Screenshot(node.Screenshot);
            var key = ContentKey.Of(node.Html, selector);

            // A site-wide header fails on every page; one example of it is enough.
            if (_distinctNodes.TryGetValue(key, out var index))
            {
                if (index >= 0 && _examples[index].Screenshot is null && shot is not null)
                {
                    _examples[index] = _examples[index] with { Screenshot = shot };
                }

                continue;
            }

            if (_examples.Count < ReportModelBuilder.MaxExamples)
            {
                _distinctNodes[key] = _examples.Count;
                _examples.Add(new NodeExample(page.Url, IssueGrouper.TrimSnippet(node.Html), selector, node.FailureSummary, shot));
            }
            else
            {
                _distinctNodes[key] = -1;
            }
        }
    }

    public IssueGroup ToGroup(string source, string ruleId, string pattern, string outcome, IssueContext context, BarrierMapping? mapping)
    {
        var info = context.Rules.GetValueOrDefault((source, ruleId));
        var impact = _findings.Impact ?? _findings.NodeImpact;
        var category = info?.Category ?? _findings.Category ?? RuleCategory.Wcag;
        var help = FirstText(info?.Help, _findings.Help);
        var hint = RuleHints.Find(ruleId);
        var groups = context.Barriers.Impacts(mapping);
        var worst = mapping?.Groups.Values.Max();
        return new IssueGroup
        {
            Id = IssuePattern.Anchor(outcome, source, ruleId, pattern),
            RuleId = ruleId,
            Source = source,
            Outcome = outcome,
            Pattern = pattern,
            Impact = ReportText.ImpactKey(impact),
            ImpactLabel = ReportText.ImpactLabel(impact),
            Category = ReportText.CategoryKey(category),
            CategoryLabel = ReportText.CategoryLabel(category),
            Help = help,
            Description = FirstText(info?.Description, _findings.Description),
            HelpUrl = NullIfEmpty(FirstText(info?.HelpUrl, _findings.HelpUrl)),
            Plain = hint?.Plain ?? (help.Length > 0 ? help : ruleId),
            Fix = hint?.Fix ?? "",
            Severity = ReportWords.SeverityKey(worst),
            SeverityLabel = ReportWords.SeverityLabel(worst),
            Groups = groups,
            Rationale = mapping?.Rationale ?? "",
            MappingIsFallback = mapping?.IsFallback ?? false,
            FilterClasses = FilterClasses(groups, worst),
            Wcag = ReportModelBuilder.CriteriaFor(info, _findings.Criteria, _findings.Tags).Select(ReportModelBuilder.ToWcagLink).ToList(),
            PageCount = _pageOrder.Count,
            InstanceCount = _instancesByUrl.Values.Sum(),
            Pages = _pageOrder.Select(p => new AffectedPage(p.Url, p.Title, _instancesByUrl[p.Url], context.PageAnchors.GetValueOrDefault(p.Url, ""))).ToList(),
            Examples = _examples.ToList(),
            MoreExamples = _distinctNodes.Count - _examples.Count,
            Selectors = _selectors.ToList(),
            MoreSelectors = _selectorSet.Count - _selectors.Count,
        };
    }

    /// <summary>Classes the static filter CSS matches: a slot per group, per group and severity, and the worst severity.</summary>
    private static string FilterClasses(IReadOnlyList<GroupImpact> groups, BarrierSeverity? worst)
    {
        var classes = new List<string>();
        foreach (var group in groups.Where(g => g.Slot is > 0 and <= BarrierLookup.MaxFilterSlots))
        {
            classes.Add($"f-g{group.Slot}");
            classes.Add($"f-g{group.Slot}-{group.Severity}");
        }

        classes.Add("f-s-" + ReportWords.SeverityKey(worst));
        return string.Join(' ', classes);
    }

    private static string FirstText(string? preferred, string? fallback) =>
        !string.IsNullOrWhiteSpace(preferred) ? preferred : fallback ?? "";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
