namespace A11yAudit.Bench;

/// <summary>
/// Changes to the default audit for measuring what its parts cost: own checks switched off, the costly checks'
/// sampling, screenshots. Applies to the "audit" and "reuse" modes; the axe-only modes never run own checks.
/// </summary>
internal sealed record AuditVariant(IReadOnlySet<string> DisabledChecks, int CostlyChecksPerTemplate, bool Screenshots)
{
    public static AuditVariant Default { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase), 3, true);

    public bool IsDefault => DisabledChecks.Count == 0 && CostlyChecksPerTemplate == 3 && Screenshots;

    /// <summary>Added to the mode's name, so a table never passes a variant off as the default audit.</summary>
    public string Label =>
        IsDefault ? "" : "; " + string.Join("; ", new[]
        {
            DisabledChecks.Count > 0 ? "off: " + string.Join(",", DisabledChecks.Order(StringComparer.Ordinal)) : null,
            CostlyChecksPerTemplate != 3 ? (CostlyChecksPerTemplate == 0 ? "costly checks on every page" : $"costly checks on {CostlyChecksPerTemplate} pages per template") : null,
            Screenshots ? null : "no screenshots",
        }.Where(part => part is not null));
}
