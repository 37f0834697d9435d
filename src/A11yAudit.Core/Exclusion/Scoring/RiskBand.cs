namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// A chance of being stopped, as a band: the best case counts confirmed barriers only, the worst case also
/// counts every needs-review finding as real. When nothing needs review the two are equal.
/// </summary>
public sealed record RiskBand(double Best, double Worst)
{
    public static readonly RiskBand Zero = new(0, 0);

    public bool IsUncertain => Worst > Best;
}
