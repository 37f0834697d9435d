namespace A11yAudit.Reports.Model.Exclusion;

/// <summary>The exclusion-risk assessment as the report shows it: rating, risk per group, people, journeys.</summary>
public sealed record ExclusionView
{
    public required RatingView Rating { get; init; }

    /// <summary>Every group in catalogue order, with its risk band and people estimate.</summary>
    public required IReadOnlyList<GroupRiskRow> Groups { get; init; }

    public required PeopleView People { get; init; }

    public required JourneyGrid Journeys { get; init; }

    public bool JourneysGiven { get; init; }

    /// <summary>"journeys" or "pages": what the service-wide risk is weighted over.</summary>
    public string WeightedBy { get; init; } = "";

    public required ScoringView Scoring { get; init; }

    public string ModelVersion { get; init; } = "";

    public string GroupsVersion { get; init; } = "";

    public string BarrierMapVersion { get; init; } = "";
}

/// <summary>The CQC-style rating, its place on the scale, the reasons that decided it, and what it cannot see.</summary>
public sealed record RatingView
{
    /// <summary>outstanding, good, requires-improvement or inadequate.</summary>
    public required string Key { get; init; }

    public required string Label { get; init; }

    /// <summary>The four levels, best first, with the current one marked.</summary>
    public required IReadOnlyList<RatingLevel> Scale { get; init; }

    public required IReadOnlyList<ReasonView> Reasons { get; init; }

    public int OmittedReasons { get; init; }

    public required IReadOnlyList<string> Limits { get; init; }
}

public sealed record RatingLevel(string Key, string Label, bool IsCurrent);

/// <summary>
/// One reason for the rating, with links to the journey cell and the issue entry (which shows the element),
/// so the evidence is two clicks away. Either link may be empty when the reason is about the whole service.
/// </summary>
public sealed record ReasonView
{
    public required string Text { get; init; }

    /// <summary>The rating this reason argues for (key and words).</summary>
    public required string Supports { get; init; }

    public required string SupportsLabel { get; init; }

    public string IssueHref { get; init; } = "";

    public string IssueLabel { get; init; } = "";

    public string CellHref { get; init; } = "";

    public string CellLabel { get; init; } = "";
}

/// <summary>One group's service-wide risk: numbers as words and as chart geometry (0–100).</summary>
public sealed record GroupRiskRow
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public int Slot { get; init; }

    /// <summary>"50%" or "20% to 60%" when needs-review findings leave it uncertain.</summary>
    public required string Risk { get; init; }

    public bool IsUncertain { get; init; }

    /// <summary>Chart geometry: the confirmed (best-case) bar and the band up to the worst case, in percent.</summary>
    public required string BarBest { get; init; }

    public required string BarBand { get; init; }

    /// <summary>blocker, major, minor or none: the worst confirmed barrier.</summary>
    public required string Highest { get; init; }

    public required string HighestLabel { get; init; }

    /// <summary>The worst needs-review barrier's words when it is worse than the confirmed one, else empty.</summary>
    public string PossibleLabel { get; init; } = "";

    public required string People { get; init; }

    public required string Population { get; init; }

    public bool PopulationIsEstimate { get; init; }

    public string PopulationSource { get; init; } = "";

    public bool CriticalJourneyFloorApplied { get; init; }

    /// <summary>The barriers that decided the risk, each linked to its issue entry.</summary>
    public IReadOnlyList<EvidenceLink> DecidedBy { get; init; } = [];
}

/// <summary>A barrier as a link: text to show and the issue entry's fragment (may be empty).</summary>
public sealed record EvidenceLink(string Text, string Href, string Severity, string SeverityLabel);

/// <summary>People likely to meet a blocking or major barrier, across groups that overlap.</summary>
public sealed record PeopleView(string Range, string Lower, string Upper, string UkPopulation, string OverlapNote, string Basis);

/// <summary>The constants the scores used, as words for the method section.</summary>
public sealed record ScoringView(string Blocker, string Major, string Minor, IReadOnlyList<string> Weights, bool CriticalJourneyFloor, string PageWeight);
