namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// People across all groups likely to face a blocking or major barrier. Groups overlap, so the lower bound is
/// the largest single group and the upper bound adds the groups up but never past the UK population.
/// </summary>
public sealed record PeopleRange
{
    /// <summary>The largest single group's best-case count.</summary>
    public required long Lower { get; init; }

    /// <summary>The sum of every group's worst-case count, capped at <see cref="UkPopulation"/>.</summary>
    public required long Upper { get; init; }

    public required long UkPopulation { get; init; }

    /// <summary>The overlap caveat from the group catalogue, carried with the numbers.</summary>
    public required string OverlapNote { get; init; }

    public string Basis { get; init; } =
        "Each group's published population multiplied by its chance of meeting a blocking or major barrier (minor friction excluded).";
}
