using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Baselines;

/// <summary>
/// The accepted state of a service, committed in the product's repository (docs/ci.md, "Baselines"). Every
/// list is sorted so that re-recording an unchanged site changes nothing and a real change is a small diff.
/// </summary>
public sealed record Baseline
{
    /// <summary>Bumped when a reader of an older file would misread this one.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The fingerprint algorithm; a baseline from another one cannot be compared and must be re-recorded.</summary>
    public string FingerprintVersion { get; init; } = FindingIdentity.Version;

    /// <summary>Tool and axe-core versions that recorded it (browser details left out: they change too often).</summary>
    public required ToolVersions Tool { get; init; }

    public string? Target { get; init; }

    /// <summary>When the recorded audit finished.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>Page patterns that were scanned, sorted.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    public ExclusionRating? Rating { get; init; }

    /// <summary>Per-group risk, sorted by group id.</summary>
    public IReadOnlyList<BaselineGroupRisk> GroupRisk { get; init; } = [];

    /// <summary>Known problems, sorted by page, rule, selector, element and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; init; } = [];

    /// <summary>True when the two record the same state of the site, whenever and by whichever version.</summary>
    public bool SameStateAs(Baseline other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return FingerprintVersion == other.FingerprintVersion
            && Rating == other.Rating
            && Pages.SequenceEqual(other.Pages)
            && GroupRisk.SequenceEqual(other.GroupRisk)
            && Entries.Count == other.Entries.Count
            && Entries.Zip(other.Entries).All(p => Same(p.First, p.Second));
    }

    private static bool Same(BaselineEntry a, BaselineEntry b) =>
        a with { Blocks = [], Url = null, Target = null } == b with { Blocks = [], Url = null, Target = null }
        && a.Blocks.SequenceEqual(b.Blocks);
}
