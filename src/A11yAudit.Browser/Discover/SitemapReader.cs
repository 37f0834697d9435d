using System.Xml;
using System.Xml.Linq;

namespace A11yAudit.Browser.Discover;

/// <summary>Reads sitemap.xml files and sitemap indexes (nested up to a few levels).</summary>
public static class SitemapReader
{
    public const int MaxNesting = 3;

    /// <summary>The page URLs and the child sitemap URLs listed in one sitemap document.</summary>
    public static (IReadOnlyList<string> Pages, IReadOnlyList<string> Sitemaps) Parse(string xml)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(xml, LoadOptions.None);
        }
        catch (XmlException)
        {
            return ([], []);
        }

        var root = doc.Root;
        if (root is null)
        {
            return ([], []);
        }

        var locs = root.Elements()
            .Select(e => e.Elements().FirstOrDefault(c => c.Name.LocalName == "loc")?.Value.Trim())
            .OfType<string>()
            .Where(s => s.Length > 0)
            .ToList();
        return root.Name.LocalName == "sitemapindex" ? ([], locs) : (locs, []);
    }
}
