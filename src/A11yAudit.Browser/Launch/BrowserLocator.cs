namespace A11yAudit.Browser.Launch;

/// <summary>
/// Finds a Chromium-family browser: an explicit path first (command line, A11YAUDIT_BROWSER or the target
/// file, already merged by configuration), then well-known system installs, then Playwright's own
/// downloaded browsers (returned as null: Playwright then picks its managed build).
/// </summary>
public static class BrowserLocator
{
    public static readonly IReadOnlyList<string> WellKnownNames =
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "microsoft-edge"];

    private static readonly string[] WellKnownPaths =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/opt/google/chrome/chrome",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    ];

    public static string InstallHelp =>
        "No Chromium browser was found. Install one and run again:\n" +
        "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "  Other systems:  install Google Chrome or Chromium, or run `pwsh bin/Debug/net10.0/playwright.ps1 install chromium` for Playwright's own build\n" +
        "Or point A11yAudit at a browser: --browser /path/to/chrome, A11YAUDIT_BROWSER=/path/to/chrome, or \"browser\": { \"executablePath\": \"…\" } in the target file.";

    /// <summary>
    /// The executable to launch, or null to let Playwright use its managed browser.
    /// Throws <see cref="BrowserNotFoundException"/> when nothing is available.
    /// </summary>
    public static string? Locate(string? explicitPath, Func<string, bool>? fileExists = null, string? pathVariable = null, string? playwrightBrowsersRoot = null)
    {
        fileExists ??= File.Exists;
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return fileExists(explicitPath)
                ? explicitPath
                : throw new BrowserNotFoundException($"The browser executable '{explicitPath}' does not exist.\n{InstallHelp}");
        }

        foreach (var path in WellKnownPaths.Concat(SearchPath(pathVariable ?? Environment.GetEnvironmentVariable("PATH"))))
        {
            if (fileExists(path))
            {
                return path;
            }
        }

        if (HasPlaywrightChromium(playwrightBrowsersRoot ?? PlaywrightBrowsersRoot()))
        {
            return null;
        }

        throw new BrowserNotFoundException(InstallHelp);
    }

    private static IEnumerable<string> SearchPath(string? pathVariable)
    {
        if (string.IsNullOrEmpty(pathVariable))
        {
            yield break;
        }

        foreach (var dir in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in WellKnownNames)
            {
                yield return Path.Combine(dir, OperatingSystem.IsWindows() ? name + ".exe" : name);
            }
        }
    }

    private static string PlaywrightBrowsersRoot()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH");
        if (!string.IsNullOrEmpty(configured) && configured != "0")
        {
            return configured;
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ms-playwright");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return OperatingSystem.IsMacOS()
            ? Path.Combine(home, "Library", "Caches", "ms-playwright")
            : Path.Combine(home, ".cache", "ms-playwright");
    }

    private static bool HasPlaywrightChromium(string root) =>
        Directory.Exists(root) && Directory.EnumerateDirectories(root, "chromium*").Any();
}
