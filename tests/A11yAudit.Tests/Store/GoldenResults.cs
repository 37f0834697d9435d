using A11yAudit.Core.Results;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

/// <summary>The golden report inputs (Golden/Reports/NAME.results.json): realistic audits to round-trip.</summary>
internal static class GoldenResults
{
    public static Task<AuditResults> ReadAsync(string name) =>
        ResultsFile.ReadAsync(Path.Join(RepoPaths.GoldenOutput, name + ".results.json"));
}
