using System.Globalization;

namespace A11yAudit.Core.Gate;

/// <summary>
/// Fails when a group's service-wide exclusion risk (best case: confirmed barriers only, so needs-review
/// noise cannot fail a build) rose by more than <see cref="Tolerance"/> since the baseline.
/// </summary>
public sealed record RiskRiseCondition(double Tolerance) : FailOnCondition
{
    /// <summary>Risks are stored to six decimals; differences below this are rounding, not change.</summary>
    private const double Epsilon = 1e-6;

    public override string Key => "risk:" + Tolerance.ToString("0.####", CultureInfo.InvariantCulture);

    public override string Description => $"exclusion risk rising by more than {Percent(Tolerance)} for any group";

    public override bool NeedsBaseline => true;

    public override IEnumerable<GateFailure> Evaluate(GateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var before = (input.Baseline?.GroupRisk ?? []).ToDictionary(g => g.GroupId, g => g.Risk, StringComparer.OrdinalIgnoreCase);
        foreach (var group in input.Exclusion?.Product.Groups ?? [])
        {
            var was = before.GetValueOrDefault(group.GroupId);
            if (group.Risk.Best - was > Tolerance + Epsilon)
            {
                yield return new GateFailure
                {
                    Conditions = [Key],
                    Message = $"exclusion risk for {group.GroupName} rose from {Percent(was)} to {Percent(group.Risk.Best)} (more than {Percent(Tolerance)})",
                };
            }
        }
    }

    private static string Percent(double value) => (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
