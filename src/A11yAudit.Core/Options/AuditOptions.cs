namespace A11yAudit.Core.Options;

/// <summary>
/// A validated audit: what to crawl, how, and where to write. Built from the target file, environment and
/// command line by the CLI's configuration layer; everything downstream trusts it.
/// </summary>
public sealed record AuditOptions
{
    /// <summary>A short name for the audited product, shown in reports.</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Where the target came from (file path or "--url"), for messages and reports.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Absolute start URLs. For a served local site these are resolved after the server starts.</summary>
    public required IReadOnlyList<Uri> StartUrls { get; init; }

    /// <summary>A local folder to serve on 127.0.0.1 (start URLs are then relative to it), or null.</summary>
    public string? ServeRoot { get; init; }

    public ScopeOptions Scope { get; init; } = new();

    public CrawlOptions Crawl { get; init; } = new();

    public BrowserOptions Browser { get; init; } = new();

    public TimeoutOptions Timeouts { get; init; } = new();

    public AxeOptions Axe { get; init; } = new();

    public IReadOnlyList<JourneyOptions> Journeys { get; init; } = [];

    /// <summary>Own checks switched off for this target, by check id.</summary>
    public IReadOnlySet<string> DisabledChecks { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The default of <see cref="CostlyChecksPerTemplate"/>.</summary>
    public const int DefaultCostlyChecksPerTemplate = 3;

    /// <summary>Costly own checks run on at most this many pages of each template (0 = every page).</summary>
    public int CostlyChecksPerTemplate { get; init; } = DefaultCostlyChecksPerTemplate;

    /// <summary>Replacement or additions for the exclusion model's data (groups, barrier map, scoring settings); null = bundled.</summary>
    public string? ExclusionGroupsFile { get; init; }

    public string? ExclusionBarrierMapFile { get; init; }

    public string? ExclusionSettingsFile { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>
    /// Capture a thumbnail of every scanned page and the region around failing elements, outlined, as JPEG
    /// files under <see cref="ScreenshotDirectory"/> (referenced from results and shown in the report).
    /// </summary>
    public bool Screenshots { get; init; } = true;

    /// <summary>Where screenshots go: <c>screenshots/</c> in the output folder, or null when they are switched off.</summary>
    public string? ScreenshotDirectory => Screenshots ? Path.Combine(OutputDirectory, ScreenshotFolderName) : null;

    /// <summary>The screenshots folder's name; results refer to files as "screenshots/NAME.jpg".</summary>
    public const string ScreenshotFolderName = "screenshots";

    /// <summary>Template folder for reports; null means the bundled report-templates.</summary>
    public string? TemplatesDirectory { get; init; }
}

/// <summary>Which URLs belong to the audit.</summary>
public sealed record ScopeOptions
{
    /// <summary>Origins (scheme://host[:port]) the crawler may visit; empty means the start URLs' origins.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Regular expressions; when any are given a URL must match one of them.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Regular expressions; a URL matching any of them is skipped.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Query parameter names (with * wildcards) that never make a page different, e.g. utm_*.</summary>
    public IReadOnlyList<string> IgnoreQueryParameters { get; init; } = DefaultIgnoredQueryParameters;

    public static readonly IReadOnlyList<string> DefaultIgnoredQueryParameters =
        ["utm_*", "gclid", "fbclid", "msclkid", "_ga", "mc_cid", "mc_eid"];
}

/// <summary>How far and how fast to crawl.</summary>
public sealed record CrawlOptions
{
    public int MaxPages { get; init; } = 50;

    /// <summary>Link hops from a start URL; 0 audits only the start URLs (and sitemap entries).</summary>
    public int MaxDepth { get; init; } = 5;

    /// <summary>Pages visited at once; each worker has its own browser context.</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    public bool FollowLinks { get; init; } = true;

    public bool UseSitemaps { get; init; } = true;

    public bool RespectRobotsTxt { get; init; } = true;

    /// <summary>Polite request rate per remote host; loopback hosts are never throttled.</summary>
    public double RequestsPerSecondPerHost { get; init; } = 1.0;

    /// <summary>When false (the default) every non-GET request a page sends is blocked.</summary>
    public bool AllowNonGetRequests { get; init; }

    /// <summary>
    /// A page whose rendered DOM is byte-identical to one already checked (same viewport, same folder so
    /// relative URLs resolve alike) takes that page's findings instead of being checked again.
    /// </summary>
    public bool ReuseIdenticalPages { get; init; } = true;

    /// <summary>
    /// A shared region (header, navigation, footer) identical in everything axe's page-local rules read to one
    /// already checked takes that region's results, re-targeted on the page, instead of being checked again.
    /// Page-level and cross-page-aggregating rules still run on the whole page.
    /// </summary>
    public bool ReuseSharedRegions { get; init; } = true;

    public static int DefaultConcurrency => Math.Clamp(Environment.ProcessorCount, 1, 4);
}

/// <summary>Which browser, and how it looks to the page.</summary>
public sealed record BrowserOptions
{
    /// <summary>Chromium or Chrome executable; null means discover one.</summary>
    public string? ExecutablePath { get; init; }

    public bool Headless { get; init; } = true;

    public IReadOnlyList<string> ExtraArgs { get; init; } = [];

    public ViewportOptions Viewport { get; init; } = ViewportOptions.Mobile;

    /// <summary>
    /// Viewports each page is scanned at again after the main pass (axe and cheap checks), by resizing the
    /// same tab; e.g. desktop, for defects that only appear on wide screens. Empty by default.
    /// </summary>
    public IReadOnlyList<ViewportOptions> AdditionalViewports { get; init; } = [];
}

/// <summary>The viewport pages are rendered in. Health services are mostly used on phones.</summary>
public sealed record ViewportOptions(string Name, int Width, int Height, bool IsMobile, double DeviceScaleFactor)
{
    public static readonly ViewportOptions Mobile = new("mobile", 390, 844, true, 1);
    public static readonly ViewportOptions Desktop = new("desktop", 1280, 800, false, 1);
}

/// <summary>Every wait in one place, so a slow target can be tuned without code.</summary>
public sealed record TimeoutOptions
{
    public TimeSpan Navigation { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the network to go quiet after load; not reaching it is not an error.</summary>
    public TimeSpan NetworkIdle { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Scan { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Hard limit for one page from navigation to last check.</summary>
    public TimeSpan Page { get; init; } = TimeSpan.FromSeconds(120);
}

/// <summary>axe-core settings.</summary>
public sealed record AxeOptions
{
    public IReadOnlyList<string> Tags { get; init; } = DefaultTags;

    /// <summary>Also run best-practice rules; their findings are reported apart from WCAG failures.</summary>
    public bool IncludeBestPractice { get; init; } = true;

    public bool Iframes { get; init; } = true;

    public static readonly IReadOnlyList<string> DefaultTags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
}

/// <summary>A named user task made of ordered steps; each step is a URL or a regular expression.</summary>
public sealed record JourneyOptions
{
    public required string Name { get; init; }

    /// <summary>critical, important or other.</summary>
    public string Weight { get; init; } = "important";

    public required IReadOnlyList<string> Steps { get; init; }
}
