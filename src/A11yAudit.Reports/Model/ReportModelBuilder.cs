using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Core.Wcag;
using A11yAudit.Reports.Model.Coverage;
using A11yAudit.Reports.Model.Exclusion;
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

    /// <summary>Pages per collapsible chunk of the per-page section.</summary>
    public const int PagesPerChunk = 100;

    public static ReportModel Build(AuditResults results, ReportBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= new ReportBuildOptions();

        // Crawl workers finish pages in any order; sort so the same site gives the same report. Pages on disk
        // are sorted on their keys and read once, below.
        var pages = PageLists.OrderBy(results.Pages, PageOrderKey.DepthThenUrl);
        var rules = new Dictionary<(string Source, string Id), RuleInfo>();
        foreach (var rule in results.Rules)
        {
            rules.TryAdd((rule.Source, rule.Id), rule);
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        string? Screenshot(string? path)
        {
            var safe = ScreenshotPath.Sanitize(path);
            if (safe is null || (options.ScreenshotExists is { } exists && !exists(safe)))
            {
                return null;
            }

            shown.Add(safe);
            return safe;
        }

        var pageAnchors = PageAnchors(PageLists.Keys(pages));
        var barriers = new BarrierLookup(results.Exclusion);
        var context = new IssueContext(rules, barriers, pageAnchors, Screenshot);
        var read = ReportPages.Read(pages, context);
        var violations = read.Violations.ToGroups();
        var needsReview = read.NeedsReview.ToGroups();
        var linker = new EvidenceLinker(violations, needsReview, barriers);
        var coverage = WcagCoverageBuilder.Build(read.PassedRules, results.Rules, violations, needsReview);
        var standard = string.IsNullOrWhiteSpace(results.Target.Standard) ? "WCAG 2.2 AA" : results.Target.Standard;
        var rows = PageRows(read.Rows, violations, needsReview);

        var finished = results.FinishedAt >= results.StartedAt ? results.FinishedAt : results.StartedAt;
        var durationSeconds = results.FinishedAt >= results.StartedAt ? results.DurationSeconds : double.NaN;

        return new ReportModel
        {
            ProductName = ProductName,
            Tool = results.Tool,
            Target = results.Target,
            Standard = standard,
            StartedAt = ReportText.Time(results.StartedAt),
            FinishedAt = ReportText.Time(finished),
            GeneratedAt = ReportText.Time(finished),
            Duration = ReportText.Duration(durationSeconds),
            DurationSeconds = double.IsNaN(durationSeconds) ? 0 : durationSeconds,
            Incomplete = results.Incomplete,
            IncompleteReason = results.IncompleteReason,
            Summary = Summarise(results, read, violations, needsReview),
            Trends = TrendsModelBuilder.Build(results),
            ViolationsByImpact = CountByImpact(violations),
            Violations = violations,
            NeedsReview = needsReview,
            Pages = rows,
            PageChunks = rows.Chunk(PagesPerChunk)
                .Select((chunk, i) => new PageChunk(
                    $"Pages {ReportWords.Count(i * PagesPerChunk + 1)}–{ReportWords.Count(i * PagesPerChunk + chunk.Length)} of {ReportWords.Count(rows.Count)}",
                    rows.Count <= PagesPerChunk,
                    chunk))
                .ToList(),
            Exclusion = results.Exclusion is null ? null : ExclusionViewBuilder.Build(results.Exclusion, linker),
            GroupFilters = GroupFilters(results, violations),
            Coverage = coverage,
            Worklist = WorklistBuilder.Build(coverage, needsReview),
            Statement = StatementBuilder.Build(violations, standard),
            OwnChecks = results.Rules.Where(r => r.Source != "axe").Select(r => r.Id).Order(StringComparer.Ordinal).ToList(),
            SampledChecks = read.SampledChecks,
            SampledPages = read.SampledPages,
            ReusedPages = read.ReusedPages,
            ScreenshotCount = shown.Count,
        };
    }

    /// <summary>A stable id per page from its URL (a hash, so no page text reaches an attribute), unique in the report.</summary>
    private static Dictionary<string, string> PageAnchors(IReadOnlyList<PageOrderKey> pages)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (!anchors.ContainsKey(page.Url))
            {
                var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(page.Url));
                anchors[page.Url] = IssueGrouper.UniqueId("page-" + Convert.ToHexStringLower(hash.AsSpan(0, 5)), used);
            }
        }

        return anchors;
    }

    private static List<PageRow> PageRows(IReadOnlyList<PageRow> rows, IReadOnlyList<IssueGroup> violations, IReadOnlyList<IssueGroup> needsReview)
    {
        // One pass over every issue's pages: linear in the size of the report, whatever the page count.
        var findings = new Dictionary<string, List<PageFinding>>(StringComparer.Ordinal);
        foreach (var issue in violations.Concat(needsReview))
        {
            foreach (var page in issue.Pages)
            {
                if (!findings.TryGetValue(page.Url, out var list))
                {
                    findings[page.Url] = list = [];
                }

                list.Add(new PageFinding("#" + issue.Id, ExclusionViewBuilder.IssueLabel(issue), issue.Outcome, issue.Impact, issue.ImpactLabel, issue.Severity, issue.SeverityLabel, page.Instances));
            }
        }

        return rows.Select(row => row with { Findings = findings.TryGetValue(row.Url, out var list) ? list : [] }).ToList();
    }

    private static List<FilterOption> GroupFilters(AuditResults results, IReadOnlyList<IssueGroup> violations)
    {
        if (results.Exclusion is null)
        {
            return [];
        }

        var counts = new Dictionary<int, int>();
        foreach (var group in violations.SelectMany(v => v.Groups))
        {
            counts[group.Slot] = counts.GetValueOrDefault(group.Slot) + 1;
        }

        return results.Exclusion.Groups
            .Select((g, i) => new FilterOption(g.Id, g.Name, i + 1, counts.GetValueOrDefault(i + 1)))
            .Where(f => f.Issues > 0 && f.Slot <= BarrierLookup.MaxFilterSlots)
            .ToList();
    }

    private static ReportSummary Summarise(
        AuditResults results, ReportPages pages, IReadOnlyList<IssueGroup> violations, IReadOnlyList<IssueGroup> needsReview) => new()
    {
        PagesVisited = pages.Rows.Count,
        PagesScanned = pages.Scanned,
        PagesFailed = pages.Failed,
        PagesNotScanned = pages.NotScanned,
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

    internal static WcagLink ToWcagLink(string number)
    {
        var criterion = WcagCriteria.Find(number);
        return criterion is null
            ? new WcagLink(number, "", "", WcagCriteria.UnderstandingBase)
            : new WcagLink(criterion.Number, criterion.Name, criterion.Level, criterion.UnderstandingUrl);
    }

    /// <param name="info">The rule as the catalogue describes it, when it does.</param>
    /// <param name="findingCriteria">The criteria the rule's findings name.</param>
    /// <param name="findingTags">The tags the rule's findings carry.</param>
    internal static IReadOnlyList<string> CriteriaFor(RuleInfo? info, IEnumerable<string> findingCriteria, IEnumerable<string> findingTags)
    {
        IEnumerable<string> numbers = info?.WcagCriteria is { Count: > 0 } fromRule
            ? fromRule
            : findingCriteria;
        var list = numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            // Older results may carry only axe tags ("wcag143").
            list = WcagTags.Criteria((info?.Tags ?? []).Concat(findingTags)).ToList();
        }

        list.Sort(WcagCriteria.Compare);
        return list;
    }
}
