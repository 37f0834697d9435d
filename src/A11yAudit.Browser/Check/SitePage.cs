using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check;

/// <summary>
/// What a site check sees of each page: its addresses, title and viewport, never its findings, so the crawl's
/// pages can stay on disk while site checks compare them.
/// </summary>
public sealed record SitePage(string Url, string? FinalUrl, string? Title, string? Viewport, bool WasScanned)
{
    public static SitePage Of(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new SitePage(page.Url, page.FinalUrl, page.Title, page.Viewport, page.WasScanned);
    }
}
