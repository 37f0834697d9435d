namespace A11yAudit.Core.Model;

/// <summary>Wall time per stage of one page visit, in milliseconds.</summary>
public sealed record PageTimings
{
    public double NavigateMs { get; init; }
    public double AxeMs { get; init; }
    public double ChecksMs { get; init; }
    public double ScreenshotMs { get; init; }
    public double TotalMs { get; init; }

    /// <summary>Wall time of each own check that ran on the page, by check id (where the checks' time goes).</summary>
    public IReadOnlyDictionary<string, double>? CheckMs { get; init; }
}
