namespace A11yAudit.Core.Gate;

/// <summary>
/// A gate must not pass a run that saw almost nothing: a build whose links all lead to a login page scans
/// one page and finds nothing new. Too few scanned pages is an error (exit 2), never a pass.
/// </summary>
public static class PageMinimum
{
    /// <summary>With a baseline or --fail-on and no --min-pages: two pages, or the crawl's page limit if lower.</summary>
    public const int Default = 2;

    public static int Resolve(int? requested, int maxPages) => requested ?? (maxPages > 0 ? Math.Min(Default, maxPages) : Default);

    /// <returns>Why the run cannot be judged, or null when enough pages were scanned.</returns>
    public static string? Check(int scanned, int minimum) =>
        scanned >= minimum
            ? null
            : $"only {scanned} {(scanned == 1 ? "page was" : "pages were")} scanned; the gate needs at least {minimum} (--min-pages). "
              + "A crawl that reaches too few pages (for example only a login page) cannot show that nothing got worse.";
}
