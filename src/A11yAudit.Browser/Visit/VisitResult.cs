using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Visit;

/// <summary>A finished page and the links found on it.</summary>
public sealed record VisitResult(PageResult Page, IReadOnlyList<Uri> Links, IReadOnlyList<RuleInfo> Rules)
{
    /// <summary>
    /// Set when the tab finished with the page while an isolated check (a throttled reload, say) was still running:
    /// the complete page, when that check ends. <see cref="Page"/> lacks that check's outcome until then. Never faults.
    /// </summary>
    public Task<VisitResult>? Pending { get; init; }
}
