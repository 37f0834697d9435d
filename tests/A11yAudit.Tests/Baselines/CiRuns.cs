using A11yAudit.Core.Baselines;
using A11yAudit.Core.Gate;
using A11yAudit.Core.Results;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Baselines;

/// <summary>Runs judged against a baseline recorded from another run, as the CLI does it.</summary>
internal static class CiRuns
{
    public const string BaselineFile = ".a11yaudit/baseline.json";

    public static AuditResults Judged(AuditResults now, AuditResults? before, GateSettings? settings = null)
    {
        var baseline = before is null ? null : BaselineRecorder.Record(before, Fingerprinter);
        return CiGate.Evaluate(now, settings ?? new GateSettings { BaselineFile = BaselineFile }, baseline, Fingerprinter);
    }
}
