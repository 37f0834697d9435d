using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>Builds the exclusion assessment: pages, then journeys, then the product, then the rating.</summary>
public static class ExclusionScorer
{
    public static ExclusionAssessment Score(IReadOnlyList<PageResult> pages, IReadOnlyList<JourneyOptions> journeys, ExclusionModel model)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(model);

        var settings = model.Settings.Scoring;
        var scanned = PageScoring.ScorePages(pages, model.BarrierMap, model.Groups, settings);
        var journeysGiven = journeys.Count > 0;
        var scoredJourneys = journeysGiven
            ? JourneyScoring.FromTarget(journeys, pages, scanned, model.Groups, settings)
            : JourneyScoring.FromPages(scanned, model.Groups, settings);
        var product = ProductScoring.Score(scoredJourneys, journeysGiven, model.Groups, settings);
        var rating = ExclusionRater.Rate(new RatingInput(model.Groups, journeysGiven, scoredJourneys, scanned, product, pages, model.Settings.Rating));

        return new ExclusionAssessment
        {
            GroupsVersion = model.Groups.Version,
            BarrierMapVersion = model.BarrierMap.Version,
            Groups = model.Groups.Groups,
            Scoring = settings,
            Mappings = MappingsUsed(pages, model.BarrierMap),
            JourneysGiven = journeysGiven,
            Pages = scanned.Select(p => p.Risk).ToList(),
            Journeys = scoredJourneys.Select(j => j.Risk).ToList(),
            Product = product,
            Rating = rating,
        };
    }

    private static IReadOnlyList<BarrierMapping> MappingsUsed(IEnumerable<PageResult> pages, BarrierMap map) =>
        pages
            .Where(p => p.WasScanned)
            .SelectMany(p => p.Findings)
            .GroupBy(f => (Source: f.Source.ToLowerInvariant(), RuleId: f.RuleId.ToLowerInvariant()))
            .Select(g => map.Resolve(g.First()))
            .OrderBy(m => m.Source, StringComparer.Ordinal)
            .ThenBy(m => m.RuleId, StringComparer.Ordinal)
            .ToList();
}
