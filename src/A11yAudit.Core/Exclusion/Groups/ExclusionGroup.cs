namespace A11yAudit.Core.Exclusion.Groups;

/// <summary>A group of people who can be shut out of a service by the same kinds of barrier.</summary>
public sealed record ExclusionGroup
{
    /// <summary>Stable identifier used by the barrier map and in results, e.g. "screen-reader".</summary>
    public required string Id { get; init; }

    /// <summary>A plural noun phrase that reads in a sentence: "{Name} are blocked on ...".</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The assistive technology or settings the group typically uses.</summary>
    public IReadOnlyList<string> AssistiveTechnology { get; init; } = [];

    public required PopulationEstimate Population { get; init; }
}
