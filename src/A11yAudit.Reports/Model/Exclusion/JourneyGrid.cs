namespace A11yAudit.Reports.Model.Exclusion;

/// <summary>Journeys (or pages standing in for tasks) × groups: how far each group gets.</summary>
public sealed record JourneyGrid
{
    public required IReadOnlyList<GroupColumn> Columns { get; init; }

    /// <summary>Rows in chunks of 100 so a 1,000-page audit without journeys stays usable; the first is open.</summary>
    public required IReadOnlyList<JourneyChunk> Chunks { get; init; }

    public int RowCount { get; init; }

    /// <summary>True when no journeys were given and each scanned page is its own one-step task.</summary>
    public bool FromPages { get; init; }

    /// <summary>Page-tasks left out because no group met any barrier there.</summary>
    public int ClearRowsOmitted { get; init; }
}

public sealed record GroupColumn(string Id, string Name, int Slot);

public sealed record JourneyChunk(string Label, bool Open, IReadOnlyList<JourneyRow> Rows);

public sealed record JourneyRow
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Weight { get; init; } = "";

    public bool IsCritical { get; init; }

    /// <summary>"5 of 5 steps audited".</summary>
    public string StepsAudited { get; init; } = "";

    public bool Complete { get; init; }

    public IReadOnlyList<JourneyStepView> Steps { get; init; } = [];

    public required IReadOnlyList<JourneyCell> Cells { get; init; }
}

/// <summary>A step as written in the target file and what it matched.</summary>
public sealed record JourneyStepView(int Number, string Step, bool Audited, string Note);

/// <summary>
/// One group on one journey. <see cref="Status"/> is blocked, major, minor, clear or not-audited; the link goes
/// to the issue entry of the barrier that decided it.
/// </summary>
public sealed record JourneyCell
{
    public required string Id { get; init; }

    public required string GroupId { get; init; }

    public required string Status { get; init; }

    public required string StatusLabel { get; init; }

    /// <summary>A symbol beside the words (✕ ! ~ ✓ –), so the status never rests on colour; hidden from screen readers.</summary>
    public string Mark => Status switch
    {
        "blocked" => "✕",
        "major" => "!",
        "minor" => "~",
        "clear" => "✓",
        _ => "–",
    };

    /// <summary>Words for a worse needs-review barrier, e.g. "may be blocked"; empty when none.</summary>
    public string Possible { get; init; } = "";

    public string Risk { get; init; } = "";

    public string Href { get; init; } = "";

    /// <summary>The deciding rule id, shown small under the status.</summary>
    public string RuleId { get; init; } = "";

    public string RuleHelp { get; init; } = "";
}
