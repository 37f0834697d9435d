using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>
/// What the report takes from the pages, gathered in one pass that keeps no page (they may be on disk): the
/// issues of both outcomes, a row per page, the rules that passed somewhere, the sampled checks and the counts.
/// </summary>
internal sealed class ReportPages
{
    private readonly HashSet<string> _sampledChecks = new(StringComparer.Ordinal);

    private ReportPages(IssueContext context)
    {
        Violations = new IssueGrouper(FindingOutcome.Violation, context);
        NeedsReview = new IssueGrouper(FindingOutcome.NeedsReview, context);
    }

    public IssueGrouper Violations { get; }

    public IssueGrouper NeedsReview { get; }

    /// <summary>A row per page, in page order, without the issues it appears in (known only once all are read).</summary>
    public List<PageRow> Rows { get; } = [];

    /// <summary>Every rule that passed on some page.</summary>
    public HashSet<string> PassedRules { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> SampledChecks => _sampledChecks.Order(StringComparer.Ordinal).ToList();

    public int SampledPages { get; private set; }

    /// <summary>Pages that took an identical page's findings instead of being checked again.</summary>
    public int ReusedPages { get; private set; }

    public int Scanned { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Deliberately not scanned: not HTML, or redirected out of scope.</summary>
    public int NotScanned { get; private set; }

    public static ReportPages Read(IEnumerable<PageResult> pages, IssueContext context)
    {
        var read = new ReportPages(context);
        foreach (var page in pages)
        {
            read.Add(page, context);
        }

        return read;
    }

    private void Add(PageResult page, IssueContext context)
    {
        Violations.Add(page);
        NeedsReview.Add(page);
        Rows.Add(ToRow(page) with
        {
            Anchor = context.PageAnchors[page.Url],
            Screenshot = context.Screenshot(page.Screenshot),
            Viewport = page.Viewport,
        });
        PassedRules.UnionWith(page.PassedRules);
        _sampledChecks.UnionWith(page.ChecksNotRun);
        SampledPages += page.ChecksNotRun.Count > 0 ? 1 : 0;
        ReusedPages += page.SameAs is not null ? 1 : 0;
        Scanned += page.WasScanned ? 1 : 0;
        Failed += page.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed ? 1 : 0;
        NotScanned += page.Outcome is PageOutcome.NotHtml or PageOutcome.RedirectedOutOfScope ? 1 : 0;
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
            ChecksNotRun = page.ChecksNotRun,
            SameAs = page.SameAs,
            ChecksFailed = (page.ChecksFailed ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} ({kv.Value})").ToList(),
        };
    }
}
