namespace A11yAudit.Reports.Model;

/// <summary>A group's risk over the history: first and latest values, the change, and a sparkline.</summary>
public sealed record TrendsGroupRow
{
    public required string GroupName { get; init; }

    /// <summary>Best-case risk in the oldest run shown, e.g. "25%".</summary>
    public required string First { get; init; }

    public required string Now { get; init; }

    /// <summary>"+15 points", "−5 points" or "no change", against the previous run.</summary>
    public required string Change { get; init; }

    /// <summary>up, down or same, for a CSS hook; the words in <see cref="Change"/> carry the meaning.</summary>
    public required string Direction { get; init; }

    public required TrendsSparkline Sparkline { get; init; }
}
