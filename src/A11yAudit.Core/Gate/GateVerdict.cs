namespace A11yAudit.Core.Gate;

/// <summary>The gate's answer. Error means the run cannot be judged (too few pages, stopped early): never a pass.</summary>
public enum GateVerdict
{
    Passed,
    Failed,
    Error,
}
