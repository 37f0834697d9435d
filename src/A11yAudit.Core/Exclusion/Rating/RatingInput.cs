using A11yAudit.Core.Exclusion.Groups;
using A11yAudit.Core.Exclusion.Scoring;

namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>Everything the rating looks at, gathered by the scorer.</summary>
internal sealed record RatingInput(
    GroupCatalogue Groups,
    bool JourneysGiven,
    IReadOnlyList<ScoredJourney> Journeys,
    IReadOnlyList<ScoredPage> ScannedPages,
    ProductRisk Product,
    PageEvidence Pages,
    RatingRules Rules);
