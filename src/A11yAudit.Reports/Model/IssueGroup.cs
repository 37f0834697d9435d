namespace A11yAudit.Reports.Model;

/// <summary>
/// One distinct problem across the whole audit: one rule failing on one element pattern (the same selector
/// once ids' numbers and positions are ignored), with every page it appears on. A team fixes it once.
/// </summary>
public sealed record IssueGroup
{
    /// <summary>Fragment id for links: stable across renders (rule id plus a hash of the pattern), safe as an HTML id.</summary>
    public required string Id { get; init; }

    public required string RuleId { get; init; }

    public required string Source { get; init; }

    /// <summary>"violation" or "needs-review".</summary>
    public required string Outcome { get; init; }

    /// <summary>The element pattern this entry covers, e.g. "#card-* > a" (digits and positions generalised).</summary>
    public string Pattern { get; init; } = "";

    /// <summary>critical, serious, moderate, minor, or unknown when the checker gave none.</summary>
    public required string Impact { get; init; }

    public required string ImpactLabel { get; init; }

    /// <summary>wcag, best-practice or experimental.</summary>
    public required string Category { get; init; }

    public required string CategoryLabel { get; init; }

    public string Help { get; init; } = "";

    public string Description { get; init; } = "";

    public string? HelpUrl { get; init; }

    /// <summary>What is wrong, in plain English (the rule's help text when no plainer wording is known).</summary>
    public string Plain { get; init; } = "";

    /// <summary>A one-line fix; empty when only the rule's guidance page can say.</summary>
    public string Fix { get; init; } = "";

    /// <summary>blocker, major, minor, or none: the worst effect on any group (the sort key).</summary>
    public string Severity { get; init; } = "none";

    public string SeverityLabel { get; init; } = "";

    /// <summary>Who it excludes and how badly, most severe first.</summary>
    public IReadOnlyList<GroupImpact> Groups { get; init; } = [];

    /// <summary>Why the rule affects those groups (from the barrier map).</summary>
    public string Rationale { get; init; } = "";

    /// <summary>True when the groups come from the fallback by category and impact, not an explicit mapping.</summary>
    public bool MappingIsFallback { get; init; }

    /// <summary>CSS classes for the issue filters (group slots and severities), e.g. "f-g1 f-g1-blocker f-s-blocker".</summary>
    public string FilterClasses { get; init; } = "";

    public IReadOnlyList<WcagLink> Wcag { get; init; } = [];

    public int PageCount { get; init; }

    public int InstanceCount { get; init; }

    /// <summary>Every affected page, in the pages section's order; never truncated.</summary>
    public IReadOnlyList<AffectedPage> Pages { get; init; } = [];

    /// <summary>The first few distinct elements (by snippet and selector); the first is the one to look at.</summary>
    public IReadOnlyList<NodeExample> Examples { get; init; } = [];

    /// <summary>Distinct elements beyond <see cref="Examples"/>.</summary>
    public int MoreExamples { get; init; }

    /// <summary>Distinct selectors in order of first appearance, capped; see <see cref="MoreSelectors"/>.</summary>
    public IReadOnlyList<string> Selectors { get; init; } = [];

    public int MoreSelectors { get; init; }
}

/// <summary>A page one issue was found on; <paramref name="Anchor"/> is the page's section id in the report.</summary>
public sealed record AffectedPage(string Url, string? Title, int Instances, string Anchor = "");

/// <summary>
/// One affected element as evidence: where it was, what it looked like, what is wrong, and a screenshot of
/// its region with the element outlined (relative to the report, or null).
/// </summary>
public sealed record NodeExample(string PageUrl, string Html, string Selector, string FailureSummary, string? Screenshot = null, string Id = "");

/// <summary>How badly an issue affects one group: <paramref name="Severity"/> is blocker, major or minor.</summary>
public sealed record GroupImpact(string GroupId, string Name, string Severity, string SeverityLabel, int Slot);

/// <summary>A WCAG success criterion with its W3C "Understanding" page.</summary>
/// <param name="Name">Empty when the number is not a WCAG 2.2 criterion.</param>
/// <param name="Url">The Understanding page, or the Understanding index for an unknown number.</param>
public sealed record WcagLink(string Number, string Name, string Level, string Url);
