namespace A11yAudit.Browser.Launch;

/// <summary>
/// The one <c>--disable-features</c> switch A11yAudit gives Chromium. Chromium reads only the last such switch on
/// its command line, and Playwright passes its own list before ours, so ours must repeat Playwright's list
/// (a test checks it against the bundled driver) and take in any list the user passes in <c>browser.args</c>.
/// </summary>
public static class ChromiumFeatures
{
    public const string Switch = "--disable-features=";

    /// <summary>What Playwright's driver disables (chromiumSwitches.ts, Playwright 1.5x).</summary>
    public static readonly IReadOnlyList<string> DisabledByPlaywright =
    [
        "AvoidUnnecessaryBeforeUnloadCheckSync",
        "DestroyProfileOnBrowserClose",
        "DialMediaRouteProvider",
        "GlobalMediaControls",
        "HttpsUpgrades",
        "LensOverlay",
        "MediaRouter",
        "PaintHolding",
        "ThirdPartyStoragePartitioning",
        "BlockOriginHeaderModificationOnRedirect",
        "AvoidCorsURLLoaderRestartOnRedirect",
        "Translate",
        "AutoDeElevate",
        "OptimizationHints",
        "NetworkTimeServiceQuerying",
        "AimEnabled",
        "msForceBrowserSignIn",
        "msEdgeUpdateLaunchServicesPreferredVersion",
    ];

    /// <summary>
    /// Browser UI no audit needs. Chromium (156) preloads the address bar's suggestion popups as WebUI pages in a
    /// renderer of their own for every window (each context's page has one), and that renderer works for as long
    /// as any page in the window is loading: about 130 ms of CPU per second of loading. The throttled reload of
    /// the low-bandwidth check loads for seconds, and real sites load slower than local ones. Benchmark, default
    /// audit of 30 pages at concurrency 2: 1,553 and 1,473 → 1,319 and 1,295 CPU ms per page.
    /// </summary>
    public static readonly IReadOnlyList<string> DisabledForAudits =
    [
        "WebUIOmniboxPopup",
        "WebUIOmniboxAimPopup",
        "WebUIOmniboxFullPopup",
    ];

    /// <summary>
    /// The launch switches for <paramref name="extraArgs"/>: each argument as given, except that every
    /// <c>--disable-features=</c> among them is folded into the one switch, which comes last.
    /// </summary>
    public static IReadOnlyList<string> WithDisabledFeatures(IEnumerable<string> extraArgs)
    {
        ArgumentNullException.ThrowIfNull(extraArgs);
        var args = new List<string>();
        var features = DisabledByPlaywright.Concat(DisabledForAudits).ToList();
        foreach (var arg in extraArgs)
        {
            if (arg.StartsWith(Switch, StringComparison.Ordinal))
            {
                features.AddRange(arg[Switch.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                args.Add(arg);
            }
        }

        args.Add(Switch + string.Join(',', features.Distinct(StringComparer.Ordinal)));
        return args;
    }
}
