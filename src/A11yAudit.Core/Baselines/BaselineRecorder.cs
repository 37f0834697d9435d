using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Baselines;

/// <summary>Records an audit as a baseline: its confirmed violations, pages, rating and group risks.</summary>
public static class BaselineRecorder
{
    public static Baseline Record(AuditResults results, Fingerprinter fingerprinter)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(fingerprinter);
        return new Baseline
        {
            Tool = new ToolVersions { Name = results.Tool.Name, Version = results.Tool.Version, AxeVersion = results.Tool.AxeVersion },
            Target = results.Target.Name,
            Created = results.FinishedAt,
            Pages = BaselineEntries.ScannedPages(results, fingerprinter).Order(StringComparer.Ordinal).ToList(),
            Rating = results.Exclusion?.Rating.Rating,
            GroupRisk = (results.Exclusion?.Product.Groups ?? [])
                .Select(g => new BaselineGroupRisk(g.GroupId, g.Risk.Best, g.Risk.Worst))
                .OrderBy(g => g.GroupId, StringComparer.Ordinal)
                .ToList(),
            Entries = BaselineEntries.From(results, fingerprinter).Select(e => e with { Url = null, Target = null }).ToList(),
        };
    }
}
