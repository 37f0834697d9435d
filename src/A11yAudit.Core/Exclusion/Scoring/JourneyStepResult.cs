namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>Which scanned pages a journey step matched. A step without one is "not audited", never "clear".</summary>
public sealed record JourneyStepResult
{
    /// <summary>1-based, as people count steps.</summary>
    public required int Number { get; init; }

    /// <summary>The step as written in the target file: a path, an absolute URL, or a regex starting with ^.</summary>
    public required string Step { get; init; }

    /// <summary>Scanned pages that match the step.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <summary>Pages that match but failed to load or scan, so they could not be judged.</summary>
    public IReadOnlyList<string> UnscannedPages { get; init; } = [];

    /// <summary>Why the step could not be matched at all (e.g. an invalid regular expression).</summary>
    public string? Problem { get; init; }

    public bool Audited => Pages.Count > 0;
}
