namespace A11yAudit.Core.Model;

/// <summary>One affected element of a finding, with the evidence a person needs to find and fix it.</summary>
public sealed record FindingNode
{
    public required ElementTarget Target { get; init; }

    /// <summary>The outer HTML snippet as the checker saw it (hostile input: escape before display).</summary>
    public string Html { get; init; } = "";

    /// <summary>What is wrong with this element, rebuilt from the checker's messages.</summary>
    public string FailureSummary { get; init; } = "";

    public Impact? Impact { get; init; }

    /// <summary>Measured values (contrast ratio, widths, reading grade ...) keyed by name.</summary>
    public IReadOnlyDictionary<string, string>? Evidence { get; init; }

    /// <summary>Path of a screenshot relative to the output folder, when one was captured.</summary>
    public string? Screenshot { get; init; }

    /// <summary>Stable identity of this problem on this kind of page (see docs/ci.md).</summary>
    public string? Fingerprint { get; init; }
}
