using HtmlAgilityPack;

namespace A11yAudit.Browser.Discover;

/// <summary>Finds the links a person could follow in a rendered page (a and area with href).</summary>
public static class LinkExtractor
{
    public static IReadOnlyList<string> ExtractHrefs(string html, out string? baseHref)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html ?? string.Empty);
        baseHref = doc.DocumentNode.SelectSingleNode("//base[@href]")?.GetAttributeValue("href", null!);
        var nodes = doc.DocumentNode.SelectNodes("//a[@href]|//area[@href]");
        if (nodes is null)
        {
            return [];
        }

        return nodes
            .Select(n => HtmlEntity.DeEntitize(n.GetAttributeValue("href", string.Empty)).Trim())
            .Where(h => h.Length > 0 && !h.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Absolute, http(s) link targets of the page, resolved against its URL and any base element.</summary>
    public static IReadOnlyList<Uri> ExtractLinks(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var hrefs = ExtractHrefs(html, out var baseHref);
        var baseUri = pageUrl;
        if (baseHref is not null && Uri.TryCreate(pageUrl, baseHref, out var b))
        {
            baseUri = b;
        }

        var links = new List<Uri>(hrefs.Count);
        foreach (var href in hrefs)
        {
            if (Uri.TryCreate(baseUri, href, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                links.Add(uri);
            }
        }

        return links;
    }
}
