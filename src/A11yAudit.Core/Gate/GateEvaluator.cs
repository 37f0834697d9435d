namespace A11yAudit.Core.Gate;

/// <summary>
/// Applies a policy. Pure. A finding caught by several conditions is one failure naming them all; fixed
/// findings can never fail the gate, since no condition looks at them.
/// </summary>
public static class GateEvaluator
{
    public static GateResult Evaluate(FailOnPolicy policy, GateInput input)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(input);
        var failures = new List<GateFailure>();
        foreach (var failure in policy.Conditions.SelectMany(c => c.Evaluate(input)))
        {
            var index = failure.Finding is null ? -1 : failures.FindIndex(f => f.Finding?.Fingerprint == failure.Finding.Fingerprint && f.Finding.Count == failure.Finding.Count);
            if (index < 0)
            {
                failures.Add(failure);
            }
            else
            {
                failures[index] = failures[index] with { Conditions = [.. failures[index].Conditions, .. failure.Conditions] };
            }
        }

        return new GateResult
        {
            Verdict = failures.Count == 0 ? GateVerdict.Passed : GateVerdict.Failed,
            Policy = policy.Describe(),
            Failures = failures,
        };
    }
}
