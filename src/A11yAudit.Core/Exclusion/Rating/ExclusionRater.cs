using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;
using A11yAudit.Core.Exclusion.Scoring;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>
/// Applies the rating rules (docs/exclusion-risk.md, "Rating"). Every rule that fires leaves a reason; the
/// rating is the worst level any reason supports, and Outstanding must be earned by having none.
/// </summary>
internal static class ExclusionRater
{
    public static RatingResult Rate(RatingInput input)
    {
        var builder = new ReasonList(input.Groups);
        var rules = input.Rules;

        if (input.ScannedPages.Count == 0)
        {
            builder.Add(ExclusionRating.RequiresImprovement, RatingReasonKind.NothingAudited, ReasonText.NothingAudited());
        }

        if (input.JourneysGiven)
        {
            AddJourneyBarriers(input, builder);
        }
        else
        {
            AddPageBarriers(input, builder);
        }

        // Only for groups no specific barrier has already put at this level: the risk then adds up from
        // friction that no single reason names.
        foreach (var group in input.Product.Groups.Where(g => g.Risk.Best >= rules.MaxGroupRiskForGood
                     && !builder.HasReasonFor(g.GroupId, ExclusionRating.RequiresImprovement)))
        {
            builder.Add(
                ExclusionRating.RequiresImprovement,
                RatingReasonKind.HighGroupRisk,
                ReasonText.HighGroupRisk(input.Groups.Get(group.GroupId), group.Risk.Best, rules.MaxGroupRiskForGood),
                group: group.GroupId);
        }

        var wcagFailures = input.Pages.WcagFailures;
        if (wcagFailures.Count > rules.MaxWcagFailuresForGood)
        {
            builder.Add(ExclusionRating.RequiresImprovement, RatingReasonKind.WcagFailures, ReasonText.TooManyWcagFailures(wcagFailures, rules.MaxWcagFailuresForGood));
        }
        else if (wcagFailures.Count > 0)
        {
            builder.Add(ExclusionRating.Good, RatingReasonKind.WcagFailures, ReasonText.SomeWcagFailures(wcagFailures));
        }

        var worklist = input.Pages.Worklist;
        if (worklist > rules.MaxNeedsReviewForOutstanding)
        {
            builder.Add(ExclusionRating.Good, RatingReasonKind.NeedsReviewWorklist, ReasonText.LongWorklist(worklist, rules.MaxNeedsReviewForOutstanding));
        }

        var rating = builder.Worst;
        if (rating == ExclusionRating.Outstanding)
        {
            builder.Add(ExclusionRating.Outstanding, RatingReasonKind.NoSeriousBarriers, ReasonText.NoSeriousBarriers(worklist));
        }
        else if (rating == ExclusionRating.Good)
        {
            builder.Add(ExclusionRating.Good, RatingReasonKind.NoBlockers, ReasonText.NoBlockers(), first: true);
        }

        var ordered = builder.Ordered();
        return new RatingResult
        {
            Rating = rating,
            Label = rating.Label(),
            Reasons = ordered.Take(rules.MaxReasons).ToList(),
            OmittedReasons = Math.Max(0, ordered.Count - rules.MaxReasons),
            Limits = RatingLimits.Describe(input, worklist),
            Rules = rules,
        };
    }

    private static void AddJourneyBarriers(RatingInput input, ReasonList builder)
    {
        var inJourneys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var journey in input.Journeys)
        {
            foreach (var step in journey.Steps)
            {
                var number = step.Result.Number;
                if (!step.Result.Audited)
                {
                    builder.Add(
                        ExclusionRating.Good,
                        RatingReasonKind.StepNotAudited,
                        ReasonText.StepNotAudited(journey.Name, number, step.Result.Step, step.Result.UnscannedPages, step.Result.Problem),
                        journey: journey.Name,
                        step: number,
                        journeyIndex: journey.Index);
                    continue;
                }

                inJourneys.UnionWith(step.Pages.Select(p => p.Url));
                if (!step.Counted)
                {
                    continue;
                }

                foreach (var barrier in step.Pages.SelectMany(p => p.Barriers))
                {
                    var group = input.Groups.Get(barrier.GroupId);
                    var (level, kind, text) = (barrier.Certainty, barrier.Severity, journey.IsCritical) switch
                    {
                        (BarrierCertainty.Certain, BarrierSeverity.Blocker, true) =>
                            (ExclusionRating.Inadequate, RatingReasonKind.BlockedOnCriticalJourney, ReasonText.BlockedOnCriticalJourney(group, journey.Name, number, barrier)),
                        (BarrierCertainty.Certain, BarrierSeverity.Blocker, false) =>
                            (ExclusionRating.RequiresImprovement, RatingReasonKind.BlockedOnJourney, ReasonText.BlockedOnJourney(group, journey.Name, journey.Risk.Weight, number, barrier)),
                        (BarrierCertainty.Certain, BarrierSeverity.Major, true) =>
                            (ExclusionRating.RequiresImprovement, RatingReasonKind.MajorOnCriticalJourney, ReasonText.MajorOnCriticalJourney(group, journey.Name, number, barrier)),
                        (BarrierCertainty.Certain, BarrierSeverity.Major, false) =>
                            (ExclusionRating.Good, RatingReasonKind.MajorBarrier, ReasonText.MajorOnJourney(group, journey.Name, number, barrier)),
                        (BarrierCertainty.Uncertain, BarrierSeverity.Blocker, true) =>
                            (ExclusionRating.Good, RatingReasonKind.PossibleBlocker, ReasonText.PossibleBlocker(group, ReasonText.Where(journey.Name, number, barrier.PageUrl), barrier)),
                        _ => (ExclusionRating.Outstanding, RatingReasonKind.NoSeriousBarriers, ""),
                    };
                    if (text.Length > 0)
                    {
                        builder.Add(level, kind, text, barrier, journey.Name, number, journey.Index);
                    }
                }
            }
        }

        // Pages no journey reaches still matter: someone may arrive there from a search engine.
        foreach (var page in input.ScannedPages.Where(p => !inJourneys.Contains(p.Url)))
        {
            foreach (var barrier in page.Barriers.Where(b => b.Certainty == BarrierCertainty.Certain))
            {
                var group = input.Groups.Get(barrier.GroupId);
                if (barrier.Severity == BarrierSeverity.Blocker)
                {
                    builder.Add(ExclusionRating.RequiresImprovement, RatingReasonKind.BlockedOutsideJourneys, ReasonText.BlockedOutsideJourneys(group, barrier), barrier);
                }
                else if (barrier.Severity == BarrierSeverity.Major)
                {
                    builder.Add(ExclusionRating.Good, RatingReasonKind.MajorBarrier, ReasonText.MajorOnPage(group, barrier), barrier);
                }
            }
        }
    }

    private static void AddPageBarriers(RatingInput input, ReasonList builder)
    {
        var blockerLevel = input.Rules.BlockerOnAnyPageIsInadequateWithoutJourneys
            ? ExclusionRating.Inadequate
            : ExclusionRating.RequiresImprovement;
        foreach (var page in input.ScannedPages)
        {
            foreach (var barrier in page.Barriers)
            {
                var group = input.Groups.Get(barrier.GroupId);
                switch (barrier.Certainty, barrier.Severity)
                {
                    case (BarrierCertainty.Certain, BarrierSeverity.Blocker):
                        builder.Add(blockerLevel, RatingReasonKind.BlockedOnPage, ReasonText.BlockedOnPage(group, barrier), barrier);
                        break;
                    case (BarrierCertainty.Certain, BarrierSeverity.Major):
                        builder.Add(ExclusionRating.Good, RatingReasonKind.MajorBarrier, ReasonText.MajorOnPage(group, barrier), barrier);
                        break;
                    case (BarrierCertainty.Uncertain, BarrierSeverity.Blocker):
                        builder.Add(ExclusionRating.Good, RatingReasonKind.PossibleBlocker, ReasonText.PossibleBlocker(group, ReasonText.Page(barrier.PageUrl), barrier), barrier);
                        break;
                }
            }
        }
    }
}
