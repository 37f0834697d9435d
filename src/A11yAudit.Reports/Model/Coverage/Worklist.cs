namespace A11yAudit.Reports.Model.Coverage;

/// <summary>
/// What a person must still do, grouped so an auditor can work through it: first the findings the checks
/// could not decide (by criterion), then every criterion no automated check could test (by principle).
/// </summary>
public sealed record Worklist
{
    /// <summary>Criteria with needs-review findings, in criterion order.</summary>
    public required IReadOnlyList<WorklistCriterion> Review { get; init; }

    /// <summary>Needs-review findings of rules that test no WCAG criterion (best practice).</summary>
    public required IReadOnlyList<IssueRef> OtherReview { get; init; }

    /// <summary>Criteria not tested automatically, grouped by principle.</summary>
    public required IReadOnlyList<WorklistPrinciple> Untested { get; init; }

    /// <summary>Criteria that passed automated checks: a person confirms what the checks cannot see.</summary>
    public required IReadOnlyList<CoverageRow> Passed { get; init; }

    public int ReviewItems { get; init; }
}

public sealed record WorklistCriterion(CoverageRow Criterion, IReadOnlyList<IssueRef> Items);

public sealed record WorklistPrinciple(string Name, IReadOnlyList<CoverageRow> Criteria);

internal static class WorklistBuilder
{
    public static Worklist Build(WcagCoverage coverage, IReadOnlyList<IssueGroup> needsReview)
    {
        var review = new List<WorklistCriterion>();
        var byNumber = new Dictionary<string, List<IssueRef>>(StringComparer.Ordinal);
        var other = new List<IssueRef>();
        foreach (var issue in needsReview)
        {
            var link = new IssueRef("#" + issue.Id, Exclusion.ExclusionViewBuilder.IssueLabel(issue), issue.PageCount);
            var numbers = issue.Wcag.Select(w => w.Number).Where(n => coverage.Criteria.Any(c => c.Number == n)).ToList();
            if (numbers.Count == 0)
            {
                other.Add(link);
                continue;
            }

            foreach (var number in numbers)
            {
                if (!byNumber.TryGetValue(number, out var list))
                {
                    byNumber[number] = list = [];
                }

                list.Add(link);
            }
        }

        foreach (var row in coverage.Criteria)
        {
            if (byNumber.TryGetValue(row.Number, out var items))
            {
                review.Add(new WorklistCriterion(row, items));
            }
        }

        return new Worklist
        {
            Review = review,
            OtherReview = other,
            Untested = coverage.Criteria
                .Where(c => c.Status == "untested")
                .GroupBy(c => c.Principle)
                .Select(g => new WorklistPrinciple(g.Key, g.ToList()))
                .ToList(),
            Passed = coverage.Criteria.Where(c => c.Status == "passed").ToList(),
            ReviewItems = needsReview.Count,
        };
    }
}
