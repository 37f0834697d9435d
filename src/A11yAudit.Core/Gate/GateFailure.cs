using A11yAudit.Core.Baselines;

namespace A11yAudit.Core.Gate;

/// <summary>One reason the gate failed: a new finding (named by rule, page and selector), or a worse rating or risk.</summary>
public sealed record GateFailure
{
    /// <summary>The --fail-on conditions this failed, e.g. ["serious", "blocker"].</summary>
    public required IReadOnlyList<string> Conditions { get; init; }

    public required string Message { get; init; }

    /// <summary>The new finding, when a finding failed the gate.</summary>
    public BaselineEntry? Finding { get; init; }
}
