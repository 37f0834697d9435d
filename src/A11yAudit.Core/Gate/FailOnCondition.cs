namespace A11yAudit.Core.Gate;

/// <summary>One --fail-on condition: what it is called, what it means in words, and the failures it finds.</summary>
public abstract record FailOnCondition
{
    /// <summary>The spelling a user writes, e.g. "serious", "risk:0.05".</summary>
    public abstract string Key { get; }

    public abstract string Description { get; }

    /// <summary>Rating and risk conditions compare with the baseline's own record and need one.</summary>
    public virtual bool NeedsBaseline => false;

    public abstract IEnumerable<GateFailure> Evaluate(GateInput input);
}
