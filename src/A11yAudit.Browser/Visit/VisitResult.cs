using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Visit;

/// <summary>A finished page and the links found on it.</summary>
public sealed record VisitResult(PageResult Page, IReadOnlyList<Uri> Links, IReadOnlyList<RuleInfo> Rules);
