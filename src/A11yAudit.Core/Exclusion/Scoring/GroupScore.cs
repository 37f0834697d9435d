namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// The four numbers carried up from page to journey to product for one group: the risk band, and the same band
/// counting only blocking and major barriers (for the people estimate).
/// </summary>
internal readonly record struct GroupScore(double Best, double Worst, double SeriousBest, double SeriousWorst)
{
    public static readonly GroupScore Zero = new(0, 0, 0, 0);

    public RiskBand Risk => RiskBand.Rounded(Best, Worst);

    public RiskBand Serious => RiskBand.Rounded(SeriousBest, SeriousWorst);

    public static GroupScore Max(GroupScore a, GroupScore b) => new(
        Math.Max(a.Best, b.Best), Math.Max(a.Worst, b.Worst), Math.Max(a.SeriousBest, b.SeriousBest), Math.Max(a.SeriousWorst, b.SeriousWorst));

    public static GroupScore AnyOf(IEnumerable<GroupScore> scores)
    {
        var list = scores.ToList();
        return new(
            RiskMath.AnyOf(list.Select(s => s.Best)),
            RiskMath.AnyOf(list.Select(s => s.Worst)),
            RiskMath.AnyOf(list.Select(s => s.SeriousBest)),
            RiskMath.AnyOf(list.Select(s => s.SeriousWorst)));
    }
}
