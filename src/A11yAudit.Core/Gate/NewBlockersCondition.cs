namespace A11yAudit.Core.Gate;

/// <summary>Fails on a new finding that the exclusion model counts as a blocker for at least one group.</summary>
public sealed record NewBlockersCondition : FailOnCondition
{
    public override string Key => "blocker";

    public override string Description => "a new blocker for any group";

    public override IEnumerable<GateFailure> Evaluate(GateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var names = (input.Exclusion?.Groups ?? []).ToDictionary(g => g.Id, g => g.Name, StringComparer.OrdinalIgnoreCase);
        return input.Diff.New
            .Where(e => e.Blocks.Count > 0)
            .Select(e => new GateFailure
            {
                Conditions = [Key],
                Message = $"new blocker for {string.Join(", ", e.Blocks.Select(b => names.GetValueOrDefault(b, b)))}: {e.Describe()}",
                Finding = e,
            });
    }
}
