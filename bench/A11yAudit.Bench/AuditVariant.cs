using A11yAudit.Core.Options;

namespace A11yAudit.Bench;

/// <summary>
/// Changes to the default audit for measuring what its parts cost: own checks switched off, the costly checks'
/// sampling, screenshots. Applies to the "audit" and "reuse" modes; the axe-only modes never run own checks.
/// </summary>
internal sealed record AuditVariant(IReadOnlySet<string> DisabledChecks, int CostlyChecksPerTemplate, bool Screenshots)
{
    /// <summary>The product's own defaults: nothing switched off, the default sampling, screenshots taken.</summary>
    public static AuditVariant Default { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase), AuditOptions.DefaultCostlyChecksPerTemplate, true);

    public bool IsDefault => DisabledChecks.Count == 0 && CostlyChecksPerTemplate == Default.CostlyChecksPerTemplate && Screenshots;

    /// <summary>Added to the mode's name, so a table never passes a variant off as the default audit.</summary>
    public string Label =>
        IsDefault ? "" : "; " + string.Join("; ", new[]
        {
            DisabledChecks.Count > 0 ? "off: " + string.Join(",", DisabledChecks.Order(StringComparer.Ordinal)) : null,
            CostlyChecksPerTemplate != Default.CostlyChecksPerTemplate ? (CostlyChecksPerTemplate == 0 ? "costly checks on every page" : $"costly checks on {CostlyChecksPerTemplate} pages per template") : null,
            Screenshots ? null : "no screenshots",
        }.Where(part => part is not null));
}
