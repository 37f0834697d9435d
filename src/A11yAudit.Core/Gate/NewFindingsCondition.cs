using A11yAudit.Core.Model;

namespace A11yAudit.Core.Gate;

/// <summary>Fails on a new finding of at least <see cref="Minimum"/> impact; with no minimum, on any new finding.</summary>
public sealed record NewFindingsCondition(Impact? Minimum) : FailOnCondition
{
    public override string Key => Minimum?.ToString().ToLowerInvariant() ?? "any";

    public override string Description => Minimum switch
    {
        null => "any new finding",
        Impact.Critical => "a new finding of critical impact",
        { } impact => $"a new finding of {impact.ToString().ToLowerInvariant()} impact or worse",
    };

    public override IEnumerable<GateFailure> Evaluate(GateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Diff.New
            .Where(e => Minimum is null || (e.Impact is { } impact && impact >= Minimum))
            .Select(e => new GateFailure
            {
                Conditions = [Key],
                Message = $"new {e.Impact?.ToString().ToLowerInvariant() ?? "unrated"} finding: {e.Describe()}",
                Finding = e,
            });
    }
}
