using System.Text.RegularExpressions;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>Classifies link names: generic phrases that say nothing about where a link goes.</summary>
internal static partial class LinkText
{
    /// <summary>
    /// Names that carry no destination on their own (WCAG failure F84 and technique G91 examples, GOV.UK and
    /// NHS content guidance on link text). Compared after <see cref="Normalise"/>.
    /// </summary>
    public static readonly IReadOnlySet<string> GenericPhrases = new HashSet<string>(StringComparer.Ordinal)
    {
        "click here", "click", "click this", "click this link", "here", "go here", "see here", "tap here", "press here",
        "read more", "read more here", "more", "more info", "more information", "more details", "details", "info",
        "information", "find out more", "find out more here", "learn more", "see more", "view more", "continue reading",
        "link", "this link", "this page", "this", "page", "go", "view", "open", "website", "this website", "download",
    };

    /// <summary>Lower case, punctuation and arrows dropped, spaces collapsed ("Read more »" → "read more").</summary>
    public static string Normalise(string name) =>
        NonWord().Replace(name.ToLowerInvariant().Replace('’', '\''), " ").Trim() is var s ? Spaces().Replace(s, " ") : string.Empty;

    public static bool IsGeneric(string name) => GenericPhrases.Contains(Normalise(name));

    /// <summary>Wording that warns a link opens a new tab or window (G201); shared with the in-page script.</summary>
    public static readonly IReadOnlyList<string> NewWindowPatterns = [@"new (browser )?(tab|window)", @"opens? in (a )?new", @"external (site|link|website)"];

    private static readonly Regex NewWindow = new(string.Join('|', NewWindowPatterns), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Says in its name or description that it opens a new tab or window.</summary>
    public static bool WarnsOfNewWindow(string text) => NewWindow.IsMatch(text);

    [GeneratedRegex(@"[^\p{L}\p{N}' ]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
