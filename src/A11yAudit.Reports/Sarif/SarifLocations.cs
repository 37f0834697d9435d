using System.Text.Json.Nodes;

namespace A11yAudit.Reports.Sarif;

/// <summary>
/// Page URLs as SARIF artifact locations. A page on the audit's first origin is a relative reference
/// (<c>book/step-1.html</c>) against the run's <c>SITE</c> base, so results keep one path from run to run
/// even when a build is served on another port, and code scanning can tie a static site's page to its file.
/// Pages on other origins keep their absolute URL.
/// </summary>
internal sealed class SarifLocations
{
    public const string BaseId = "SITE";

    private readonly Uri? _site;

    public SarifLocations(IEnumerable<string> pageUrls, IEnumerable<string> startUrls)
    {
        var first = startUrls.Concat(pageUrls).Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null).FirstOrDefault(u => u is not null);
        _site = first is null ? null : new Uri(first.GetLeftPart(UriPartial.Authority) + "/");
    }

    /// <summary>The <c>originalUriBaseIds</c> entry, or null when no page had an absolute URL.</summary>
    public JsonObject? BaseIds() =>
        _site is null ? null : new JsonObject { [BaseId] = new JsonObject { ["uri"] = _site.AbsoluteUri } };

    public JsonObject ArtifactLocation(string pageUrl)
    {
        if (_site is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page)
            && string.Equals(page.GetLeftPart(UriPartial.Authority) + "/", _site.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
        {
            var relative = page.PathAndQuery.TrimStart('/');
            return new JsonObject { ["uri"] = relative.Length == 0 ? "./" : relative, ["uriBaseId"] = BaseId };
        }

        return new JsonObject { ["uri"] = pageUrl };
    }
}
