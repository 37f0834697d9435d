using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>Builds the exclusion assessment: pages, then journeys, then the product, then the rating.</summary>
public static class ExclusionScorer
{
    /// <remarks>Reads the pages once and holds none of them, so they may be on disk (<see cref="Results.PageStore"/>).</remarks>
    public static ExclusionAssessment Score(IReadOnlyList<PageResult> pages, IReadOnlyList<JourneyOptions> journeys, ExclusionModel model)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(model);

        var settings = model.Settings.Scoring;
        var evidence = PageEvidence.Read(pages, model.BarrierMap);
        var scanned = PageScoring.ScorePages(evidence.Scanned, model.Groups, settings);
        var journeysGiven = journeys.Count > 0;
        var scoredJourneys = journeysGiven
            ? JourneyScoring.FromTarget(journeys, evidence.Addresses, scanned, model.Groups, settings)
            : JourneyScoring.FromPages(scanned, model.Groups, settings);
        var product = ProductScoring.Score(scoredJourneys, journeysGiven, model.Groups, settings);
        var rating = ExclusionRater.Rate(new RatingInput(model.Groups, journeysGiven, scoredJourneys, scanned, product, evidence, model.Settings.Rating));

        return new ExclusionAssessment
        {
            GroupsVersion = model.Groups.Version,
            BarrierMapVersion = model.BarrierMap.Version,
            Groups = model.Groups.Groups,
            Scoring = settings,
            Mappings = evidence.Mappings,
            JourneysGiven = journeysGiven,
            Pages = scanned.Select(p => p.Risk).ToList(),
            Journeys = scoredJourneys.Select(j => j.Risk).ToList(),
            Product = product,
            Rating = rating,
        };
    }
}
