namespace A11yAudit.Reports.Model.Coverage;

/// <summary>Every WCAG 2.2 A and AA success criterion and what the automated checks could say about it.</summary>
public sealed record WcagCoverage
{
    public required IReadOnlyList<CoverageRow> Criteria { get; init; }

    /// <summary>How many criteria have each status, in the order failed, needs-review, passed, untested.</summary>
    public required IReadOnlyList<CoverageCount> Counts { get; init; }

    public int Total => Criteria.Count;
}

/// <param name="Status">failed, needs-review, passed or untested.</param>
public sealed record CoverageCount(string Status, string Label, int Count, string BarX, string BarWidth);

/// <summary>One criterion: its status, the rules that test it, and the issues that fail or question it.</summary>
public sealed record CoverageRow
{
    public required string Number { get; init; }

    public required string Name { get; init; }

    public required string Level { get; init; }

    public required string Url { get; init; }

    public required string Principle { get; init; }

    /// <summary>failed, needs-review, passed or untested.</summary>
    public required string Status { get; init; }

    public required string StatusLabel { get; init; }

    /// <summary>Why it has this status, in a few words.</summary>
    public string Note { get; init; } = "";

    /// <summary>Rule ids that test it (axe and the tool's own checks).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>Issue entries that fail it, or ask a person to judge it.</summary>
    public IReadOnlyList<IssueRef> Issues { get; init; } = [];

    /// <summary>What a person checks (always: automated checks cover part of a criterion at most).</summary>
    public string ManualCheck { get; init; } = "";
}

/// <summary>A link to an issue entry.</summary>
public sealed record IssueRef(string Href, string Label, int Pages);
