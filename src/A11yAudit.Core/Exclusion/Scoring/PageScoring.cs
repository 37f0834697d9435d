using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>Page level: P(stopped) = 1 − Π(1 − p_severity) over the page's distinct barriers for a group.</summary>
internal static class PageScoring
{
    /// <summary>Scores every distinct scanned URL once, from its barriers (results that share a URL merged first).</summary>
    public static IReadOnlyList<ScoredPage> ScorePages(
        IEnumerable<(string Url, IReadOnlyList<PageBarrier> Barriers, string? Title)> scanned, GroupCatalogue groups, ScoringSettings settings)
    {
        return scanned
            .Select(page =>
            {
                var scores = new Dictionary<string, GroupScore>(StringComparer.OrdinalIgnoreCase);
                var risks = new List<GroupRisk>();
                foreach (var group in groups.Groups)
                {
                    var mine = page.Barriers.Where(b => string.Equals(b.GroupId, group.Id, StringComparison.OrdinalIgnoreCase)).ToList();
                    scores[group.Id] = Score(mine, settings);
                    risks.Add(ToGroupRisk(group.Id, scores[group.Id], mine.Select(b => BarrierTrace.From(b)), mine, int.MaxValue));
                }

                var risk = new PageRisk
                {
                    Url = page.Url,
                    Title = page.Title,
                    Groups = risks,
                };
                return new ScoredPage(page.Url, page.Barriers, scores, risk);
            })
            .ToList();
    }

    /// <summary>
    /// One term per rule: the best case uses the confirmed severity only; the worst case the higher of the
    /// confirmed and the suspected one. So adding any finding can only raise either end of the band.
    /// </summary>
    public static GroupScore Score(IEnumerable<PageBarrier> barriersForOneGroup, ScoringSettings settings)
    {
        var best = new List<double>();
        var worst = new List<double>();
        var seriousBest = new List<double>();
        var seriousWorst = new List<double>();
        foreach (var rule in barriersForOneGroup.GroupBy(b => (b.Source.ToLowerInvariant(), b.RuleId.ToLowerInvariant())))
        {
            var certain = rule.Where(b => b.Certainty == BarrierCertainty.Certain).Select(b => (BarrierSeverity?)b.Severity).Max();
            var uncertain = rule.Where(b => b.Certainty == BarrierCertainty.Uncertain).Select(b => (BarrierSeverity?)b.Severity).Max();
            var worstSeverity = certain is null ? uncertain : uncertain is null ? certain : (BarrierSeverity)Math.Max((int)certain, (int)uncertain);
            if (certain is { } c)
            {
                best.Add(settings.Probability(c));
                seriousBest.Add(Serious(c, settings));
            }

            if (worstSeverity is { } w)
            {
                worst.Add(settings.Probability(w));
                seriousWorst.Add(Serious(w, settings));
            }
        }

        return new GroupScore(RiskMath.AnyOf(best), RiskMath.AnyOf(worst), RiskMath.AnyOf(seriousBest), RiskMath.AnyOf(seriousWorst));
    }

    public static GroupRisk ToGroupRisk(
        string groupId, GroupScore score, IEnumerable<BarrierTrace> traces, IReadOnlyCollection<PageBarrier> barriers, int maxTraces) => new()
    {
        GroupId = groupId,
        Risk = score.Risk,
        Highest = barriers.Where(b => b.Certainty == BarrierCertainty.Certain).Select(b => (BarrierSeverity?)b.Severity).Max(),
        HighestUncertain = barriers.Where(b => b.Certainty == BarrierCertainty.Uncertain).Select(b => (BarrierSeverity?)b.Severity).Max(),
        Barriers = Order(traces).Take(maxTraces).ToList(),
    };

    /// <summary>Most severe first, confirmed before suspected, then in journey and step order.</summary>
    public static IEnumerable<BarrierTrace> Order(IEnumerable<BarrierTrace> traces) =>
        traces
            .OrderByDescending(t => t.Severity)
            .ThenBy(t => t.Certainty)
            .ThenBy(t => t.Step ?? 0)
            .ThenBy(t => t.RuleId, StringComparer.Ordinal)
            .ThenBy(t => t.PageUrl, StringComparer.Ordinal);

    // Minor friction is left out of the people estimate, which counts blocking and major barriers only.
    private static double Serious(BarrierSeverity severity, ScoringSettings settings) =>
        severity == BarrierSeverity.Minor ? 0 : settings.Probability(severity);
}
