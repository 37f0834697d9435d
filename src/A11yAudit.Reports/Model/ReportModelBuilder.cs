using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Core.Wcag;
using A11yAudit.Reports.Wcag;

namespace A11yAudit.Reports.Model;

/// <summary>
/// Turns results into the <see cref="ReportModel"/>: findings grouped by rule, counted and sorted, times and
/// durations in words. Pure and deterministic: the same results always give the same model.
/// </summary>
public static class ReportModelBuilder
{
    public const string ProductName = "A11yAudit";

    /// <summary>Enough evidence to recognise a problem; the rest stays in results.json.</summary>
    public const int MaxExamples = 3;

    public const int MaxSelectors = 20;

    /// <summary>axe already trims outer HTML; this only stops a hostile page bloating the report.</summary>
    public const int MaxSnippetLength = 2000;

    public static ReportModel Build(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        // Crawl workers finish pages in any order; sort so the same site gives the same report.
        var pages = results.Pages
            .OrderBy(p => p.Depth)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ThenBy(p => p.Viewport ?? "", StringComparer.Ordinal)
            .ToList();
        var rules = new Dictionary<(string Source, string Id), RuleInfo>();
        foreach (var rule in results.Rules)
        {
            rules.TryAdd((rule.Source, rule.Id), rule);
        }

        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var violations = IssueGrouper.Group(pages, FindingOutcome.Violation, rules, usedIds);
        var needsReview = IssueGrouper.Group(pages, FindingOutcome.NeedsReview, rules, usedIds);

        var finished = results.FinishedAt >= results.StartedAt ? results.FinishedAt : results.StartedAt;
        var durationSeconds = results.FinishedAt >= results.StartedAt ? results.DurationSeconds : double.NaN;

        return new ReportModel
        {
            ProductName = ProductName,
            Tool = results.Tool,
            Target = results.Target,
            Standard = string.IsNullOrWhiteSpace(results.Target.Standard) ? "WCAG 2.2 AA" : results.Target.Standard,
            StartedAt = ReportText.Time(results.StartedAt),
            FinishedAt = ReportText.Time(finished),
            GeneratedAt = ReportText.Time(finished),
            Duration = ReportText.Duration(durationSeconds),
            DurationSeconds = double.IsNaN(durationSeconds) ? 0 : durationSeconds,
            Incomplete = results.Incomplete,
            IncompleteReason = results.IncompleteReason,
            Summary = Summarise(results, pages, violations, needsReview),
            ViolationsByImpact = CountByImpact(violations),
            Violations = violations,
            NeedsReview = needsReview,
            Pages = pages.Select(ToRow).ToList(),
        };
    }

    private static ReportSummary Summarise(
        AuditResults results, IReadOnlyList<PageResult> pages, IReadOnlyList<IssueGroup> violations, IReadOnlyList<IssueGroup> needsReview) => new()
    {
        PagesVisited = pages.Count,
        PagesScanned = pages.Count(p => p.WasScanned),
        PagesFailed = pages.Count(p => p.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed),
        PagesNotScanned = pages.Count(p => p.Outcome is PageOutcome.NotHtml or PageOutcome.RedirectedOutOfScope),
        PagesWithViolations = violations.SelectMany(v => v.Pages).Select(p => p.Url).Distinct(StringComparer.Ordinal).Count(),
        SkippedUrls = results.Skipped.Count,
        ViolationIssues = violations.Count,
        ViolationInstances = violations.Sum(v => v.InstanceCount),
        WcagViolationIssues = violations.Count(v => v.Category == ReportText.CategoryKey(RuleCategory.Wcag)),
        OtherViolationIssues = violations.Count(v => v.Category != ReportText.CategoryKey(RuleCategory.Wcag)),
        NeedsReviewIssues = needsReview.Count,
        NeedsReviewInstances = needsReview.Sum(v => v.InstanceCount),
    };

    private static List<ImpactCount> CountByImpact(IReadOnlyList<IssueGroup> violations)
    {
        Impact?[] levels = [Impact.Critical, Impact.Serious, Impact.Moderate, Impact.Minor, null];
        var counts = new List<ImpactCount>();
        foreach (var level in levels)
        {
            var key = ReportText.ImpactKey(level);
            var groups = violations.Where(v => v.Impact == key).ToList();

            // Every real level always shows (a zero is news); "not rated" only when something has it.
            if (level is null && groups.Count == 0)
            {
                continue;
            }

            counts.Add(new ImpactCount(
                key,
                ReportText.ImpactLabel(level),
                groups.Count,
                groups.Sum(g => g.InstanceCount),
                groups.SelectMany(g => g.Pages).Select(p => p.Url).Distinct(StringComparer.Ordinal).Count()));
        }

        return counts;
    }

    private static PageRow ToRow(PageResult page)
    {
        var violations = page.Findings.Where(f => f.Outcome == FindingOutcome.Violation).ToList();
        return new PageRow
        {
            Url = page.Url,
            FinalUrl = string.IsNullOrEmpty(page.FinalUrl) || page.FinalUrl == page.Url ? null : page.FinalUrl,
            Title = string.IsNullOrWhiteSpace(page.Title) ? null : page.Title,
            HttpStatus = page.HttpStatus,
            Depth = page.Depth,
            Outcome = ReportText.OutcomeKey(page.Outcome),
            OutcomeLabel = ReportText.OutcomeLabel(page.Outcome),
            Reason = string.IsNullOrWhiteSpace(page.Reason) ? null : page.Reason,
            WasScanned = page.WasScanned,
            // A rule seen in two viewports is still one problem on this page.
            Violations = violations.Select(f => (f.Source, f.RuleId)).Distinct().Count(),
            ViolationInstances = violations.Sum(f => f.Nodes.Count),
            NeedsReview = page.Findings.Where(f => f.Outcome == FindingOutcome.NeedsReview).Select(f => (f.Source, f.RuleId)).Distinct().Count(),
        };
    }

    internal static WcagLink ToWcagLink(string number)
    {
        var criterion = WcagCriteria.Find(number);
        return criterion is null
            ? new WcagLink(number, "", "", WcagCriteria.UnderstandingBase)
            : new WcagLink(criterion.Number, criterion.Name, criterion.Level, criterion.UnderstandingUrl);
    }

    internal static IReadOnlyList<string> CriteriaFor(RuleInfo? info, IReadOnlyList<Finding> findings)
    {
        IEnumerable<string> numbers = info?.WcagCriteria is { Count: > 0 } fromRule
            ? fromRule
            : findings.SelectMany(f => f.WcagCriteria);
        var list = numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            // Older results may carry only axe tags ("wcag143").
            list = WcagTags.Criteria((info?.Tags ?? []).Concat(findings.SelectMany(f => f.Tags))).ToList();
        }

        list.Sort(WcagCriteria.Compare);
        return list;
    }
}
