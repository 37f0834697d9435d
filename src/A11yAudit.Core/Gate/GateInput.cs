using A11yAudit.Core.Baselines;
using A11yAudit.Core.Exclusion;

namespace A11yAudit.Core.Gate;

/// <summary>What a gate condition looks at: the diff, the baseline it came from, and this run's assessment.</summary>
public sealed record GateInput(BaselineDiff Diff, Baseline? Baseline, ExclusionAssessment? Exclusion);
