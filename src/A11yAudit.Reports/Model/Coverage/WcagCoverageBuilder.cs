using A11yAudit.Core.Model;
using A11yAudit.Reports.Wcag;

namespace A11yAudit.Reports.Model.Coverage;

/// <summary>
/// Works out each A/AA criterion's status from the rule catalogue, the issues and every page's passed rules.
/// A criterion fails when any rule for it failed; needs review when a rule for it could not decide; passes
/// automated checks when a rule for it passed somewhere; otherwise it was not tested automatically.
/// </summary>
internal static class WcagCoverageBuilder
{
    /// <param name="passedRules">Every rule that passed on some page.</param>
    public static WcagCoverage Build(IEnumerable<string> passedRules, IReadOnlyList<RuleInfo> rules, IReadOnlyList<IssueGroup> violations, IReadOnlyList<IssueGroup> needsReview)
    {
        var criteriaByRule = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rulesByCriterion = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var number in rule.WcagCriteria)
            {
                Add(criteriaByRule, rule.Id, number);
                if (!rulesByCriterion.TryGetValue(number, out var set))
                {
                    rulesByCriterion[number] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(rule.Id);
            }
        }

        // Older results carry no rule catalogue: the findings still say which criteria their rules test.
        foreach (var issue in violations.Concat(needsReview))
        {
            foreach (var criterion in issue.Wcag)
            {
                Add(criteriaByRule, issue.RuleId, criterion.Number);
                if (!rulesByCriterion.TryGetValue(criterion.Number, out var set))
                {
                    rulesByCriterion[criterion.Number] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(issue.RuleId);
            }
        }

        var passed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in passedRules)
        {
            if (criteriaByRule.TryGetValue(rule, out var numbers))
            {
                passed.UnionWith(numbers);
            }
        }

        var failing = IssuesByCriterion(violations.Where(v => v.Category == "wcag"));
        var questioned = IssuesByCriterion(needsReview);
        var rows = WcagCriteria.All
            .Where(c => c.Level is "A" or "AA")
            .OrderBy(c => c.Number, Comparer<string>.Create(WcagCriteria.Compare))
            .Select(c =>
            {
                var ruleIds = rulesByCriterion.TryGetValue(c.Number, out var r) ? r.ToList() : [];
                var (status, label, note, issues) =
                    failing.TryGetValue(c.Number, out var f) ? ("failed", "Failed", $"{Plural(f.Count, "issue")} failed", f)
                    : questioned.TryGetValue(c.Number, out var q) ? ("needs-review", "Needs review", $"{Plural(q.Count, "item")} for a person to judge", q)
                    : passed.Contains(c.Number) ? ("passed", "Passed automated checks", "no automated check failed; a person must still confirm the rest", new List<IssueRef>())
                    : ruleIds.Count > 0 ? ("untested", "Not tested automatically", "automated checks found nothing on these pages to test", new List<IssueRef>())
                    : ("untested", "Not tested automatically", "no automated check can test this", new List<IssueRef>());
                return new CoverageRow
                {
                    Number = c.Number,
                    Name = c.Name,
                    Level = c.Level,
                    Url = c.UnderstandingUrl,
                    Principle = ManualChecks.Principle(c.Number),
                    Status = status,
                    StatusLabel = label,
                    Note = note,
                    Rules = ruleIds,
                    Issues = issues,
                    ManualCheck = ManualChecks.For(c.Number),
                };
            })
            .ToList();

        string[] order = ["failed", "needs-review", "passed", "untested"];
        var counts = new List<CoverageCount>();
        var before = 0;
        foreach (var status in order)
        {
            var count = rows.Count(r => r.Status == status);
            counts.Add(new CoverageCount(status, Label(status), count, Percent(before, rows.Count), Percent(count, rows.Count)));
            before += count;
        }

        return new WcagCoverage { Criteria = rows, Counts = counts };
    }

    private static Dictionary<string, List<IssueRef>> IssuesByCriterion(IEnumerable<IssueGroup> issues)
    {
        var map = new Dictionary<string, List<IssueRef>>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            foreach (var criterion in issue.Wcag)
            {
                if (!map.TryGetValue(criterion.Number, out var list))
                {
                    map[criterion.Number] = list = [];
                }

                list.Add(new IssueRef("#" + issue.Id, Exclusion.ExclusionViewBuilder.IssueLabel(issue), issue.PageCount));
            }
        }

        return map;
    }

    private static string Label(string status) => status switch
    {
        "failed" => "Failed",
        "needs-review" => "Needs review",
        "passed" => "Passed automated checks",
        _ => "Not tested automatically",
    };

    private static string Percent(int part, int total) => ReportWords.Svg(total == 0 ? 0 : 100.0 * part / total);

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }
}
