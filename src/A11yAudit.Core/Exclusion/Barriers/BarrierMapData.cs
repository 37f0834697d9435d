namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>The shape of barrier-map.json (and of an override file).</summary>
public sealed record BarrierMapData
{
    public string Version { get; init; } = "";

    /// <summary>The axe-core version the explicit entries were written against.</summary>
    public string? AxeVersion { get; init; }

    /// <summary>Null in an override file means "keep the default fallback".</summary>
    public FallbackRules? Fallback { get; init; }

    public IReadOnlyList<BarrierMapping> Rules { get; init; } = [];

    /// <summary>When true in an override file, its rules replace the default list instead of merging into it.</summary>
    public bool Replace { get; init; }
}
