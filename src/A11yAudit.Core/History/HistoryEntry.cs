using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Gate;

namespace A11yAudit.Core.History;

/// <summary>One audit in the history file (one JSON line): enough to chart risk and findings over time.</summary>
public sealed record HistoryEntry
{
    /// <summary>When the audit finished.</summary>
    public required DateTimeOffset Date { get; init; }

    public string? Target { get; init; }

    public string? ToolVersion { get; init; }

    public string? AxeVersion { get; init; }

    public ExclusionRating? Rating { get; init; }

    public int PagesScanned { get; init; }

    /// <summary>Distinct confirmed problems (fingerprints), all categories.</summary>
    public int Findings { get; init; }

    /// <summary>Affected elements of those problems.</summary>
    public int Elements { get; init; }

    public int Critical { get; init; }

    public int Serious { get; init; }

    public int Moderate { get; init; }

    public int Minor { get; init; }

    /// <summary>Needs-review items (rule and page pairs).</summary>
    public int NeedsReview { get; init; }

    /// <summary>Per-group risk, in catalogue order.</summary>
    public IReadOnlyList<HistoryGroupRisk> Groups { get; init; } = [];

    /// <summary>Against the baseline, when one existed before this run.</summary>
    public int? New { get; init; }

    public int? Fixed { get; init; }

    public int? StillPresent { get; init; }

    public GateVerdict? Gate { get; init; }
}
