namespace A11yAudit.Reports.Model;

/// <summary>Settings of one model build that do not come from the results.</summary>
public sealed record ReportBuildOptions
{
    /// <summary>
    /// Whether a (sanitised) screenshot path exists where the report will be. Null shows every sanitised path;
    /// the renderer passes a check of the folder it copies from, so a report never shows a broken image.
    /// </summary>
    public Func<string, bool>? ScreenshotExists { get; init; }
}
