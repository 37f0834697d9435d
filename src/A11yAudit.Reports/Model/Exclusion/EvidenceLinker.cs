using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Scoring;

namespace A11yAudit.Reports.Model.Exclusion;

/// <summary>Links evidence (reasons, barrier traces) to issue entries: violations first for confirmed barriers, needs-review first for suspected ones.</summary>
internal sealed class EvidenceLinker(IReadOnlyList<IssueGroup> violations, IReadOnlyList<IssueGroup> needsReview, BarrierLookup barriers)
{
    private readonly IssueIndex _confirmed = new(violations, needsReview);
    private readonly IssueIndex _suspected = new(needsReview, violations);

    public BarrierLookup Barriers { get; } = barriers;

    public IssueGroup? Issue(string? ruleId, string? selector, string? pageUrl, bool uncertain) =>
        (uncertain ? _suspected : _confirmed).Find(ruleId, selector, pageUrl);

    public EvidenceLink Trace(BarrierTrace trace)
    {
        var issue = Issue(trace.RuleId, trace.Selector, trace.PageUrl, trace.Certainty == BarrierCertainty.Uncertain);
        var where = trace.Journey is not null && trace.Step is not null
            ? $"'{trace.Journey}' step {trace.Step} ({Path(trace.PageUrl)})"
            : Path(trace.PageUrl);
        var help = trace.Help.Length > 0 ? trace.Help : trace.RuleId;
        var suspected = trace.Certainty == BarrierCertainty.Uncertain ? ", needs review" : "";
        return new EvidenceLink(
            $"{help} ({trace.RuleId}) on {where}{suspected}",
            issue is null ? "" : "#" + issue.Id,
            ReportWords.SeverityKey(trace.Severity),
            ReportWords.SeverityLabel(trace.Severity));
    }

    /// <summary>Path and query: the host is the same for the whole audit.</summary>
    public static string Path(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
