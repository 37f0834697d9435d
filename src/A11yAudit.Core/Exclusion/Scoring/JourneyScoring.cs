using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;
using A11yAudit.Core.Options;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// Journey level: a user must pass every step, so P(stopped) = 1 − Π over steps (1 − P_step); any blocker
/// gives 1. A step matched by several pages takes the worst of them, since the user may land on any.
/// </summary>
internal static class JourneyScoring
{
    public static IReadOnlyList<ScoredJourney> FromTarget(
        IReadOnlyList<JourneyOptions> journeys,
        IReadOnlyList<(string Url, string? FinalUrl)> allPages,
        IReadOnlyList<ScoredPage> scanned,
        GroupCatalogue groups,
        ScoringSettings settings)
    {
        var byUrl = scanned.ToDictionary(p => p.Url, StringComparer.Ordinal);
        var result = new List<ScoredJourney>();
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            var steps = new List<(JourneyStepResult, IReadOnlyList<ScoredPage>)>();
            for (var s = 0; s < journey.Steps.Count; s++)
            {
                var matcher = new JourneyStepMatcher(journey.Steps[s]);
                var matchedUrls = allPages.Where(p => matcher.Matches(p.Url, p.FinalUrl)).Select(p => p.Url).Distinct(StringComparer.Ordinal).ToList();
                var pages = matchedUrls.Where(byUrl.ContainsKey).Select(u => byUrl[u]).ToList();
                steps.Add((new JourneyStepResult
                {
                    Number = s + 1,
                    Step = journey.Steps[s],
                    Pages = pages.Select(p => p.Url).ToList(),
                    UnscannedPages = matchedUrls.Where(u => !byUrl.ContainsKey(u)).ToList(),
                    Problem = matcher.Problem,
                }, pages));
            }

            result.Add(Build(j, journey.Name.Trim(), (journey.Weight ?? "").Trim(), steps, fromPage: false, groups, settings));
        }

        return result;
    }

    /// <summary>No journeys given: every scanned page is its own one-step task.</summary>
    public static IReadOnlyList<ScoredJourney> FromPages(IReadOnlyList<ScoredPage> scanned, GroupCatalogue groups, ScoringSettings settings) =>
        scanned
            .Select((page, i) => Build(
                i,
                page.Risk.Title is { Length: > 0 } title ? title : page.Url,
                settings.PageWeight,
                [(new JourneyStepResult { Number = 1, Step = page.Url, Pages = [page.Url] }, [page])],
                fromPage: true,
                groups,
                settings))
            .ToList();

    private static ScoredJourney Build(
        int index,
        string name,
        string weight,
        IReadOnlyList<(JourneyStepResult Result, IReadOnlyList<ScoredPage> Pages)> stepPages,
        bool fromPage,
        GroupCatalogue groups,
        ScoringSettings settings)
    {
        // A page that stands for two steps (a journey that returns to its start) is one obstacle, not two.
        var seen = new List<HashSet<string>>();
        var steps = new List<ScoredStep>();
        foreach (var (result, pages) in stepPages)
        {
            var set = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
            var counted = set.Count > 0 && !seen.Any(s => s.SetEquals(set));
            if (counted)
            {
                seen.Add(set);
            }

            steps.Add(new ScoredStep(result, pages, counted));
        }

        var counting = steps.Where(s => s.Counted).ToList();
        var scores = new Dictionary<string, GroupScore>(StringComparer.OrdinalIgnoreCase);
        var risks = new List<GroupRisk>();
        foreach (var group in groups.Groups)
        {
            var stepScores = counting.Select(s => s.Pages.Select(p => p.Scores[group.Id]).Aggregate(GroupScore.Zero, GroupScore.Max));
            scores[group.Id] = GroupScore.AnyOf(stepScores);

            var barriers = new List<PageBarrier>();
            var traces = new List<BarrierTrace>();
            foreach (var step in counting)
            {
                foreach (var barrier in step.Pages.SelectMany(p => p.BarriersFor(group.Id)))
                {
                    barriers.Add(barrier);
                    traces.Add(BarrierTrace.From(barrier, fromPage ? null : name, fromPage ? null : step.Result.Number));
                }
            }

            risks.Add(PageScoring.ToGroupRisk(group.Id, scores[group.Id], traces, barriers, settings.MaxTraces));
        }

        var risk = new JourneyRisk
        {
            Name = name,
            Weight = weight,
            IsCritical = settings.IsCritical(weight),
            FromPage = fromPage,
            Steps = steps.Select(s => s.Result).ToList(),
            Groups = risks,
        };
        return new ScoredJourney(index, name, settings.WeightOf(weight), risk.IsCritical, steps, scores, risk);
    }
}
