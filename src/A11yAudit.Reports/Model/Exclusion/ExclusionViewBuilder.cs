using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Exclusion.Scoring;

namespace A11yAudit.Reports.Model.Exclusion;

/// <summary>Turns an <see cref="ExclusionAssessment"/> into the report's rating, chart, table and journey grid, linked to issue entries.</summary>
internal static class ExclusionViewBuilder
{
    public static ExclusionView Build(ExclusionAssessment assessment, EvidenceLinker linker)
    {
        var grid = JourneyGridBuilder.Build(assessment, linker);
        var rating = assessment.Rating;
        return new ExclusionView
        {
            Rating = new RatingView
            {
                Key = ReportWords.RatingKey(rating.Rating),
                Label = ReportWords.RatingLabel(rating.Rating),
                Scale = Enum.GetValues<ExclusionRating>()
                    .Select(r => new RatingLevel(ReportWords.RatingKey(r), ReportWords.RatingLabel(r), r == rating.Rating))
                    .ToList(),
                Reasons = rating.Reasons.Select(r => Reason(r, linker, grid)).ToList(),
                OmittedReasons = rating.OmittedReasons,
                Limits = rating.Limits,
            },
            Groups = assessment.Product.Groups.Select(g => GroupRow(g, assessment, linker)).ToList(),
            People = People(assessment.Product.People),
            Journeys = grid.Grid,
            JourneysGiven = assessment.JourneysGiven,
            WeightedBy = assessment.Product.WeightedBy,
            Scoring = Scoring(assessment.Scoring),
            ModelVersion = assessment.ModelVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            GroupsVersion = assessment.GroupsVersion,
            BarrierMapVersion = assessment.BarrierMapVersion,
        };
    }

    private static ReasonView Reason(RatingReason reason, EvidenceLinker linker, JourneyGridBuilder.Result grid)
    {
        var uncertain = reason.Kind is RatingReasonKind.PossibleBlocker;
        var issue = linker.Issue(reason.RuleId, reason.Selector, reason.PageUrl, uncertain);
        var cell = grid.CellFor(reason.GroupId, reason.Journey, reason.PageUrl);
        return new ReasonView
        {
            Text = reason.Text,
            Supports = ReportWords.RatingKey(reason.Supports),
            SupportsLabel = ReportWords.RatingLabel(reason.Supports),
            IssueHref = issue is null ? "" : "#" + issue.Id,
            IssueLabel = issue is null ? "" : IssueLabel(issue),
            CellHref = cell.Id.Length == 0 ? "" : "#" + cell.Id,
            CellLabel = cell.Label,
        };
    }

    internal static string IssueLabel(IssueGroup issue) =>
        (issue.Help.Length > 0 ? issue.Help : issue.RuleId) + (issue.Pattern.Length > 0 ? " (" + issue.Pattern + ")" : "");

    private static GroupRiskRow GroupRow(ProductGroupRisk risk, ExclusionAssessment assessment, EvidenceLinker linker)
    {
        var group = assessment.Groups.FirstOrDefault(g => string.Equals(g.Id, risk.GroupId, StringComparison.OrdinalIgnoreCase));
        var best = Math.Clamp(risk.Risk.Best, 0, 1) * 100;
        var worst = Math.Clamp(Math.Max(risk.Risk.Worst, risk.Risk.Best), 0, 1) * 100;
        var possible = risk.HighestUncertain is { } u && (risk.Highest is null || u > risk.Highest) ? Possible(u) : "";
        return new GroupRiskRow
        {
            Id = risk.GroupId,
            Name = risk.GroupName,
            Description = group?.Description ?? "",
            Slot = linker.Barriers.Slot(risk.GroupId),
            Risk = ReportWords.Band(risk.Risk.Best, risk.Risk.Worst),
            IsUncertain = risk.Risk.IsUncertain,
            BarBest = ReportWords.Svg(best),
            BarBand = ReportWords.Svg(worst - best),
            Highest = ReportWords.SeverityKey(risk.Highest),
            HighestLabel = ReportWords.SeverityLabel(risk.Highest),
            PossibleLabel = possible,
            People = ReportWords.CountBand(risk.People.Best, risk.People.Worst),
            Population = ReportWords.Count(risk.Population),
            PopulationIsEstimate = risk.PopulationIsEstimate,
            PopulationSource = group is null ? "" : $"{group.Population.Source}, {group.Population.Year}",
            CriticalJourneyFloorApplied = risk.CriticalJourneyFloorApplied,
            DecidedBy = risk.DecidedBy.Select(t => linker.Trace(t)).ToList(),
        };
    }

    internal static string Possible(BarrierSeverity severity) => severity switch
    {
        BarrierSeverity.Blocker => "may be blocked",
        BarrierSeverity.Major => "may face a major barrier",
        _ => "may face minor friction",
    };

    private static PeopleView People(PeopleRange people) => new(
        ReportWords.CountBand(people.Lower, people.Upper),
        ReportWords.Count(people.Lower),
        ReportWords.Count(people.Upper),
        ReportWords.Count(people.UkPopulation),
        people.OverlapNote,
        people.Basis);

    private static ScoringView Scoring(ScoringSettings settings) => new(
        ReportWords.Percent(settings.BlockerProbability),
        ReportWords.Percent(settings.MajorProbability),
        ReportWords.Percent(settings.MinorProbability),
        settings.JourneyWeights
            .OrderByDescending(w => w.Value)
            .ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => $"{w.Key} × {w.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList(),
        settings.CriticalJourneyFloor,
        settings.PageWeight);
}
