using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Rating;

namespace A11yAudit.Core.Baselines;

/// <summary>
/// The run compared with its baseline, as written to results.json ("baseline") for the reports: counts, the
/// new, fixed and not-rechecked findings, and how the rating and group risks moved.
/// </summary>
public sealed record BaselineComparison
{
    /// <summary>The baseline file as given on the command line.</summary>
    public required string File { get; init; }

    /// <summary>When the baseline was recorded; null when there was none before this run.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>axe-core version that recorded the baseline (new rules in another version can add findings).</summary>
    public string? BaselineAxeVersion { get; init; }

    /// <summary>True when this run wrote the baseline (--update-baseline).</summary>
    public bool Updated { get; init; }

    public int New { get; init; }

    public int StillPresent { get; init; }

    public int Fixed { get; init; }

    public int NotRechecked { get; init; }

    public IReadOnlyList<BaselineEntry> NewFindings { get; init; } = [];

    public IReadOnlyList<BaselineEntry> FixedFindings { get; init; } = [];

    public IReadOnlyList<BaselineEntry> NotRecheckedFindings { get; init; } = [];

    public ExclusionRating? RatingBefore { get; init; }

    public ExclusionRating? RatingNow { get; init; }

    /// <summary>Every group, in catalogue order; empty when there was no baseline to compare with.</summary>
    public IReadOnlyList<GroupRiskChange> RiskChanges { get; init; } = [];

    /// <summary>Counts are elements (a fingerprint seen on three more elements adds three).</summary>
    public static BaselineComparison From(string file, Baseline? baseline, BaselineDiff diff, ExclusionAssessment? exclusion, bool updated)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var before = (baseline?.GroupRisk ?? []).ToDictionary(g => g.GroupId, g => g.Risk, StringComparer.OrdinalIgnoreCase);
        return new BaselineComparison
        {
            File = file,
            Created = baseline?.Created,
            BaselineAxeVersion = baseline?.Tool.AxeVersion,
            Updated = updated,
            New = diff.New.Sum(e => e.Count),
            StillPresent = diff.StillPresent.Sum(e => e.Count),
            Fixed = diff.Fixed.Sum(e => e.Count),
            NotRechecked = diff.NotRechecked.Sum(e => e.Count),
            NewFindings = diff.New,
            FixedFindings = diff.Fixed,
            NotRecheckedFindings = diff.NotRechecked,
            RatingBefore = baseline?.Rating,
            RatingNow = exclusion?.Rating.Rating,
            RiskChanges = baseline is null
                ? []
                : (exclusion?.Product.Groups ?? [])
                    .Select(g => new GroupRiskChange(g.GroupId, g.GroupName, before.GetValueOrDefault(g.GroupId), g.Risk.Best))
                    .ToList(),
        };
    }
}
