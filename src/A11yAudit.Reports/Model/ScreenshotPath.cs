using System.Text.RegularExpressions;

namespace A11yAudit.Reports.Model;

/// <summary>
/// Screenshot paths come from results.json, which can be edited, so they are hostile like everything else:
/// only "screenshots/NAME.jpg" (or .jpeg/.png) with a plain file name may reach an img src or be copied.
/// Anything else (a URL, an absolute path, "..", a query) is dropped.
/// </summary>
public static partial class ScreenshotPath
{
    public const string FolderName = "screenshots";

    /// <summary>The path if it is a plain file in the screenshots folder, else null.</summary>
    public static string? Sanitize(string? path) =>
        path is not null && Safe().IsMatch(path) ? path : null;

    [GeneratedRegex(@"\Ascreenshots/[A-Za-z0-9_-]{1,128}\.(?:jpg|jpeg|png)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Safe();
}
