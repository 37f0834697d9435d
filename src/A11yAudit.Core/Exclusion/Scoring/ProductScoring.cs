using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// Product level: per group, the weighted mean of journey risks (critical 3, important 2, other 1), but
/// never less than the group's risk on any critical journey, so a blocked critical task cannot be averaged
/// away. Then people = population × risk of a blocking or major barrier.
/// </summary>
internal static class ProductScoring
{
    public static ProductRisk Score(IReadOnlyList<ScoredJourney> journeys, bool journeysGiven, GroupCatalogue groups, ScoringSettings settings)
    {
        // Journeys with no audited step carry no evidence either way; they are reported, not averaged in as zero.
        var counted = journeys.Where(j => j.AnyAudited).ToList();
        var totalWeight = counted.Sum(j => j.Weight);
        var byImportance = counted
            .OrderByDescending(j => j.IsCritical)
            .ThenByDescending(j => j.Weight)
            .ThenBy(j => j.Index)
            .ToList();

        var results = new List<ProductGroupRisk>();
        foreach (var group in groups.Groups)
        {
            var mean = totalWeight <= 0
                ? GroupScore.Zero
                : new GroupScore(
                    counted.Sum(j => j.Weight * j.Scores[group.Id].Best) / totalWeight,
                    counted.Sum(j => j.Weight * j.Scores[group.Id].Worst) / totalWeight,
                    counted.Sum(j => j.Weight * j.Scores[group.Id].SeriousBest) / totalWeight,
                    counted.Sum(j => j.Weight * j.Scores[group.Id].SeriousWorst) / totalWeight);
            var floor = settings.CriticalJourneyFloor
                ? counted.Where(j => j.IsCritical).Select(j => j.Scores[group.Id]).Aggregate(GroupScore.Zero, GroupScore.Max)
                : GroupScore.Zero;
            var score = Clamp(GroupScore.Max(mean, floor));

            var cells = byImportance.Select(j => j.Risk.Groups.First(g => string.Equals(g.GroupId, group.Id, StringComparison.OrdinalIgnoreCase))).ToList();
            results.Add(new ProductGroupRisk
            {
                GroupId = group.Id,
                GroupName = group.Name,
                Population = group.Population.Count,
                PopulationIsEstimate = group.Population.IsEstimate,
                Risk = score.Risk,
                SeriousRisk = score.Serious,
                People = new PeopleBand(People(group, score.SeriousBest), People(group, score.SeriousWorst)),
                Highest = cells.Select(c => c.Highest).Max(),
                HighestUncertain = cells.Select(c => c.HighestUncertain).Max(),
                CriticalJourneyFloorApplied = floor.Best > mean.Best || floor.Worst > mean.Worst,
                DecidedBy = cells
                    .SelectMany(c => c.Barriers)
                    .OrderByDescending(t => t.Severity)
                    .ThenBy(t => t.Certainty)
                    .Take(settings.MaxTraces)
                    .ToList(),
            });
        }

        var uk = groups.UkPopulation.Count;
        return new ProductRisk
        {
            WeightedBy = journeysGiven ? "journeys" : "pages",
            Groups = results,
            People = new PeopleRange
            {
                Lower = Math.Min(results.Select(r => r.People.Best).DefaultIfEmpty(0).Max(), uk),
                Upper = Math.Min(results.Sum(r => r.People.Worst), uk),
                UkPopulation = uk,
                OverlapNote = groups.OverlapNote,
            },
        };
    }

    private static long People(ExclusionGroup group, double risk) =>
        Math.Clamp((long)Math.Round(group.Population.Count * risk, MidpointRounding.AwayFromZero), 0, group.Population.Count);

    // Floating-point sums of weights can land a hair outside [0, 1].
    private static GroupScore Clamp(GroupScore s) => new(
        Math.Clamp(s.Best, 0, 1), Math.Clamp(s.Worst, 0, 1), Math.Clamp(s.SeriousBest, 0, 1), Math.Clamp(s.SeriousWorst, 0, 1));
}
