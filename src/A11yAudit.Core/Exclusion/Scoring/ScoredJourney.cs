namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>A journey with its steps and scores, kept while the assessment is built.</summary>
internal sealed record ScoredJourney(
    int Index,
    string Name,
    double Weight,
    bool IsCritical,
    IReadOnlyList<ScoredStep> Steps,
    IReadOnlyDictionary<string, GroupScore> Scores,
    JourneyRisk Risk)
{
    public bool AnyAudited => Steps.Any(s => s.Result.Audited);
}
