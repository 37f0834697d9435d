using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>What grouping needs besides the findings: rule metadata, barrier mappings, page anchors, screenshot policy.</summary>
internal sealed class IssueContext(
    IReadOnlyDictionary<(string Source, string Id), RuleInfo> rules,
    BarrierLookup barriers,
    IReadOnlyDictionary<string, string> pageAnchors,
    Func<string?, string?> screenshot)
{
    public IReadOnlyDictionary<(string Source, string Id), RuleInfo> Rules { get; } = rules;

    public BarrierLookup Barriers { get; } = barriers;

    /// <summary>Page URL to its section id in the pages part of the report.</summary>
    public IReadOnlyDictionary<string, string> PageAnchors { get; } = pageAnchors;

    /// <summary>A screenshot path from results made safe for the report, or null when it may not be shown.</summary>
    public Func<string?, string?> Screenshot { get; } = screenshot;

    public HashSet<string> UsedIds { get; } = new(StringComparer.Ordinal);
}
