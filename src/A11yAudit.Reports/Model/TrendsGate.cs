namespace A11yAudit.Reports.Model;

/// <summary>The gate's verdict in words.</summary>
public sealed record TrendsGate
{
    /// <summary>passed, failed, error or recorded (this run recorded the baseline).</summary>
    public required string Verdict { get; init; }

    public required string Label { get; init; }

    public IReadOnlyList<string> Policy { get; init; } = [];

    /// <summary>Failures that are not a single finding (a worse rating, a risk rise); findings are marked in the lists.</summary>
    public IReadOnlyList<string> OtherFailures { get; init; } = [];

    public string? Problem { get; init; }
}
