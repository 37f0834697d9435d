using A11yAudit.Core.Model;

namespace A11yAudit.Core.Baselines;

/// <summary>
/// One known problem: a confirmed violation with its fingerprint and, for people reading a diff of the
/// baseline file, the rule, page pattern and normalised element it stands for.
/// </summary>
public sealed record BaselineEntry
{
    /// <summary>See <see cref="Fingerprints.FindingIdentity"/>.</summary>
    public required string Fingerprint { get; init; }

    public required string RuleId { get; init; }

    public string Source { get; init; } = "axe";

    public Impact? Impact { get; init; }

    /// <summary>The page pattern, e.g. "/patients/{n}".</summary>
    public required string Page { get; init; }

    /// <summary>The normalised selector (stable across builds, unlike the raw one).</summary>
    public required string Selector { get; init; }

    /// <summary>The normalised opening tag.</summary>
    public string Element { get; init; } = "";

    /// <summary>
    /// The most elements with this fingerprint on any one page. More on a page later is a regression; the same
    /// problem on more records of one template is not.
    /// </summary>
    public int Count { get; init; } = 1;

    /// <summary>Groups of people for whom this check is a blocking barrier (docs/exclusion-risk.md), sorted.</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];

    /// <summary>The rule's one-line help, e.g. "Form elements must have labels".</summary>
    public string Help { get; init; } = "";

    /// <summary>A URL where this run saw it. Only in a run's diff: never written to a baseline file, since it varies.</summary>
    public string? Url { get; init; }

    /// <summary>The selector as the checker reported it in this run. Only in a run's diff, like <see cref="Url"/>.</summary>
    public string? Target { get; init; }

    /// <summary>"label on /book/step-2.html at #reason": how messages name a finding.</summary>
    public string Describe() => $"{RuleId} on {Url ?? Page} at {Target ?? Selector}";
}
