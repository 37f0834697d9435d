using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>Whether a tab shows the document asked for, after a navigation that did not finish.</summary>
internal static class PageAddress
{
    /// <summary>The tab's URL is <paramref name="url"/>, fragment aside (a page may move to an anchor of its own).</summary>
    public static bool Shows(IPage page, Uri url) =>
        Uri.TryCreate(page.Url, UriKind.Absolute, out var shown) && shown.GetLeftPart(UriPartial.Query) == url.GetLeftPart(UriPartial.Query);
}
