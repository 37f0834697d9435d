namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>The groups an axe category tag (e.g. "cat.forms") points to; the first group is the one most affected.</summary>
public sealed record CategoryFallback
{
    public required string Tag { get; init; }

    public required IReadOnlyList<string> Groups { get; init; }
}
