namespace A11yAudit.Browser.Check.Checks;

/// <summary>What a page may cost on a poor mobile connection before a person should look at it.</summary>
public sealed record LowBandwidthBudget
{
    /// <summary>
    /// 1,600 KiB: the total-byte-weight "optimal value" Lighthouse first set from HTTP Archive data;
    /// about nine seconds of transfer on the Slow 4G profile and a real cost on pay-as-you-go data.
    /// (Lighthouse now scores pages up to 2,667 KiB as good; a health service used on phones should aim lower.)
    /// </summary>
    public long MaxTransferBytes { get; init; } = 1600 * 1024;

    /// <summary>
    /// 4 s: the line between "needs improvement" and "poor" for Largest Contentful Paint (web.dev Core
    /// Web Vitals), measured here as the later of the largest paint and DOMContentLoaded.
    /// </summary>
    public TimeSpan MaxTimeToUsable { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The throttled load is abandoned after this long, which keeps the check's cost bounded.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(15);

    public NetworkProfile Network { get; init; } = NetworkProfile.Slow4G;

    /// <summary>
    /// A page whose own load, replayed on <see cref="Network"/> (<see cref="SlowConnectionEstimate"/>, built to err
    /// slow), stays within this share of both budgets is not loaded throttled: that load could not find anything.
    /// 0 loads every page throttled.
    /// </summary>
    public double EstimateMargin { get; init; } = 0.75;

    public static LowBandwidthBudget Default { get; } = new();
}
