using System.Text.RegularExpressions;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 2.4.2 Page Titled, across the crawl: titles shared by different pages, and generic titles
/// ("Untitled", "Page", "Home" on a page that is not the home page, or only the site's name). Missing and
/// empty titles are left to axe's document-title rule. Whether a title describes its page needs a person,
/// so both kinds are needs-review.
/// </summary>
public sealed partial class PageTitleQualityCheck : ISiteCheck
{
    private const string HelpUrl = "https://www.w3.org/WAI/WCAG22/Understanding/page-titled.html";

    private const int MaxOtherPagesListed = 10;

    /// <summary>Titles that describe no page in particular (lower case, site name removed).</summary>
    private static readonly HashSet<string> GenericTitles = new(StringComparer.Ordinal)
    {
        "untitled", "untitled document", "untitled page", "new page", "new document", "page", "document", "title", "no title",
        "page title", "index", "default", "test", "home", "homepage", "home page", "welcome", "website", "my site", "react app", "vite app",
    };

    /// <summary>Generic words that are the right title for the home page itself.</summary>
    private static readonly HashSet<string> HomeTitles = new(StringComparer.Ordinal) { "home", "homepage", "home page", "welcome", "index" };

    public string Id => "page-title-quality";

    public string Help => "Each page needs its own title that says what the page is for";

    public IReadOnlyList<string> WcagCriteria { get; } = ["2.4.2"];

    public IReadOnlyList<(string PageUrl, Finding Finding)> Run(IReadOnlyList<SitePage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);

        // One entry per document: redirects and duplicate URLs of the same page must not count as duplicates.
        var documents = pages
            .Where(p => p.WasScanned && !string.IsNullOrWhiteSpace(p.Title))
            .GroupBy(p => Canonical(p.FinalUrl ?? p.Url), StringComparer.Ordinal)
            .Select(g => (Page: g.First(), Address: g.Key, Title: Collapse(g.First().Title!)))
            .ToList();
        var siteName = SiteName(documents.Select(d => d.Title).ToList());
        var byTitle = documents.ToLookup(d => DuplicateKey(d.Title), StringComparer.OrdinalIgnoreCase);

        var results = new List<(string, Finding)>();
        foreach (var (page, address, title) in documents)
        {
            var problems = new List<string>();
            var evidence = new Dictionary<string, string> { ["title"] = title };
            var core = WithoutSiteName(title, siteName);
            var isHome = IsHome(address);
            if (core.Length == 0 && !isHome)
            {
                problems.Add($"the title is only the site's name, \"{title}\"");
                evidence["kind"] = "generic";
            }
            else if (GenericTitles.Contains(core.ToLowerInvariant()) && !(isHome && HomeTitles.Contains(core.ToLowerInvariant())))
            {
                problems.Add($"\"{core}\" does not say what this page is for");
                evidence["kind"] = "generic";
            }

            var others = byTitle[DuplicateKey(title)].Where(d => d.Address != address).Select(d => d.Page.Url).Order(StringComparer.Ordinal).ToList();
            if (others.Count > 0)
            {
                problems.Add($"{others.Count} other page{(others.Count == 1 ? " has" : "s have")} the same title");
                evidence["kind"] = evidence.ContainsKey("kind") ? "generic, duplicate" : "duplicate";
                evidence["otherPages"] = string.Join(' ', others.Take(MaxOtherPagesListed));
                evidence["duplicateCount"] = (others.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (problems.Count == 0)
            {
                continue;
            }

            if (siteName is not null)
            {
                evidence["siteName"] = siteName;
            }

            var node = OwnFinding.Node("title", $"<title>{title}</title>",
                "The page title does not tell this page apart: " + string.Join("; ", problems) + ". Start the title with what the page is for, then the site name.",
                evidence);
            results.Add((page.Url, new Finding
            {
                RuleId = Id,
                Source = OwnFinding.Source,
                Outcome = FindingOutcome.NeedsReview,
                Impact = Impact.Moderate,
                Category = OwnFinding.CategoryFor(WcagCriteria),
                WcagCriteria = WcagCriteria,
                Description = "Page titles are the first thing a screen reader announces and what people see in tabs, bookmarks and search results. Titles that are shared or generic leave people unsure where they are.",
                Help = Help,
                HelpUrl = HelpUrl,
                Viewport = page.Viewport,
                Nodes = [node],
            }));
        }

        return results;
    }

    /// <summary>The title segment shared by most pages ("Home – Riverside Health" → "Riverside Health"), if half or more share it.</summary>
    internal static string? SiteName(IReadOnlyList<string> titles)
    {
        if (titles.Count < 2)
        {
            return null;
        }

        var best = titles
            .SelectMany(t => Segments(t).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(s => s, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Segment: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Segment, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Count >= 2 && best.Count * 2 >= titles.Count ? best.Segment : null;
    }

    internal static string WithoutSiteName(string title, string? siteName) =>
        string.Join(" – ", Segments(title).Where(s => siteName is null || !string.Equals(s, siteName, StringComparison.OrdinalIgnoreCase)));

    internal static bool IsHome(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && string.IsNullOrEmpty(uri.Query);

    /// <summary>Titles that differ only in separators or spacing ("Home | Site", "Home – Site") are the same title.</summary>
    private static string DuplicateKey(string title) => string.Join(" – ", Segments(title));

    private static List<string> Segments(string title) =>
        Separator().Split(title).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The same document whatever the fragment or an explicit index file.</summary>
    private static string Canonical(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var builder = new UriBuilder(uri) { Fragment = string.Empty };
        builder.Path = IndexFile().Replace(builder.Path, "/");
        return builder.Uri.AbsoluteUri;
    }

    [GeneratedRegex(@"\s+[-–—|:·•]\s+|\s*[|·•]\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"/(index|default)\.(html?|php|aspx?)$", RegexOptions.IgnoreCase)]
    private static partial Regex IndexFile();
}
