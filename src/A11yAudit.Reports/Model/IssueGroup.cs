namespace A11yAudit.Reports.Model;

/// <summary>One rule's results across the whole audit: the deduplicated "issue" a team fixes once.</summary>
public sealed record IssueGroup
{
    /// <summary>Fragment id for links, unique in the report and safe as an HTML id.</summary>
    public required string Id { get; init; }

    public required string RuleId { get; init; }

    public required string Source { get; init; }

    /// <summary>"violation" or "needs-review".</summary>
    public required string Outcome { get; init; }

    /// <summary>critical, serious, moderate, minor, or unknown when the checker gave none.</summary>
    public required string Impact { get; init; }

    public required string ImpactLabel { get; init; }

    /// <summary>wcag, best-practice or experimental.</summary>
    public required string Category { get; init; }

    public required string CategoryLabel { get; init; }

    public string Help { get; init; } = "";

    public string Description { get; init; } = "";

    public string? HelpUrl { get; init; }

    public IReadOnlyList<WcagLink> Wcag { get; init; } = [];

    public int PageCount { get; init; }

    public int InstanceCount { get; init; }

    /// <summary>Every affected page, in the pages table's order; never truncated.</summary>
    public IReadOnlyList<AffectedPage> Pages { get; init; } = [];

    /// <summary>The first few distinct elements (by snippet and selector), for a person to recognise the problem.</summary>
    public IReadOnlyList<NodeExample> Examples { get; init; } = [];

    /// <summary>Distinct elements beyond <see cref="Examples"/>.</summary>
    public int MoreExamples { get; init; }

    /// <summary>Distinct selectors in order of first appearance, capped; see <see cref="MoreSelectors"/>.</summary>
    public IReadOnlyList<string> Selectors { get; init; } = [];

    public int MoreSelectors { get; init; }
}

/// <summary>A page one issue was found on.</summary>
public sealed record AffectedPage(string Url, string? Title, int Instances);

/// <summary>One affected element as evidence: where it was, what it looked like, what is wrong.</summary>
public sealed record NodeExample(string PageUrl, string Html, string Selector, string FailureSummary);

/// <summary>A WCAG success criterion with its W3C "Understanding" page.</summary>
/// <param name="Name">Empty when the number is not a WCAG 2.2 criterion.</param>
/// <param name="Url">The Understanding page, or the Understanding index for an unknown number.</param>
public sealed record WcagLink(string Number, string Name, string Level, string Url);
