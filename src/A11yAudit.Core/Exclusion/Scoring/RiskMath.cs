namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>The one combining formula used at every level: the chance of being stopped by at least one of several independent obstacles.</summary>
internal static class RiskMath
{
    /// <summary>1 − Π(1 − pᵢ). Any certain obstacle (p = 1) gives exactly 1; none gives exactly 0.</summary>
    public static double AnyOf(IEnumerable<double> probabilities)
    {
        var pass = 1.0;
        foreach (var p in probabilities)
        {
            pass *= 1 - Math.Clamp(p, 0, 1);
        }

        return Math.Clamp(1 - pass, 0, 1);
    }
}
