namespace A11yAudit.Core.Gate;

/// <summary>The gate's verdict with the policy applied and every reason it failed. Written to results.json as "gate".</summary>
public sealed record GateResult
{
    public required GateVerdict Verdict { get; init; }

    /// <summary>The policy in words, one condition per item.</summary>
    public IReadOnlyList<string> Policy { get; init; } = [];

    public IReadOnlyList<GateFailure> Failures { get; init; } = [];

    /// <summary>Why the run could not be judged, when <see cref="Verdict"/> is Error.</summary>
    public string? Problem { get; init; }

    /// <summary>True when this run recorded the baseline instead of being judged against it.</summary>
    public bool BaselineUpdated { get; init; }
}
