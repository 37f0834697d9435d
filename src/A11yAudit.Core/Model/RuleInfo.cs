namespace A11yAudit.Core.Model;

/// <summary>A rule the audit ran, described once per results file rather than once per finding.</summary>
public sealed record RuleInfo
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public string Description { get; init; } = "";
    public string Help { get; init; } = "";
    public string? HelpUrl { get; init; }
    public RuleCategory Category { get; init; }
    public IReadOnlyList<string> WcagCriteria { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
}
