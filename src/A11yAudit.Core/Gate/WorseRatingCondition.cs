using A11yAudit.Core.Exclusion.Rating;

namespace A11yAudit.Core.Gate;

/// <summary>Fails when the rating is worse than the one recorded in the baseline.</summary>
public sealed record WorseRatingCondition : FailOnCondition
{
    public override string Key => "rating";

    public override string Description => "a worse rating than the baseline's";

    public override bool NeedsBaseline => true;

    public override IEnumerable<GateFailure> Evaluate(GateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Baseline?.Rating is { } before && input.Exclusion?.Rating.Rating is { } now && now > before)
        {
            yield return new GateFailure { Conditions = [Key], Message = $"the rating fell from {before.Label()} to {now.Label()}" };
        }
    }
}
