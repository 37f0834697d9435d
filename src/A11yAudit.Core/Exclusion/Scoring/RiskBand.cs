namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// A chance of being stopped, as a band: the best case counts confirmed barriers only, the worst case also
/// counts every needs-review finding as real. When nothing needs review the two are equal.
/// </summary>
public sealed record RiskBand(double Best, double Worst)
{
    public static readonly RiskBand Zero = new(0, 0);

    /// <summary>Decimal places kept in results; rounding is monotone, so it never reorders two risks.</summary>
    public const int Decimals = 6;

    /// <summary>Drops floating-point noise (0.09999999999999998) from what people read.</summary>
    public static RiskBand Rounded(double best, double worst) => new(
        Math.Round(best, Decimals, MidpointRounding.AwayFromZero),
        Math.Round(worst, Decimals, MidpointRounding.AwayFromZero));

    public bool IsUncertain => Worst > Best;
}
