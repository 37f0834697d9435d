using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>The little of a page needed to order pages without loading them: depth, URL and viewport.</summary>
public readonly record struct PageOrderKey(int Depth, string Url, string? Viewport)
{
    /// <summary>URL, then viewport: the order of the SARIF and JUnit files.</summary>
    public static IComparer<PageOrderKey> UrlThenViewport { get; } = Comparer<PageOrderKey>.Create((a, b) =>
    {
        var byUrl = string.CompareOrdinal(a.Url, b.Url);
        return byUrl != 0 ? byUrl : string.CompareOrdinal(a.Viewport ?? "", b.Viewport ?? "");
    });

    /// <summary>The order of results.json: depth, then URL, then viewport (so reruns diff cleanly).</summary>
    public static IComparer<PageOrderKey> DepthThenUrl { get; } = Comparer<PageOrderKey>.Create((a, b) =>
    {
        var byDepth = a.Depth.CompareTo(b.Depth);
        return byDepth != 0 ? byDepth : UrlThenViewport.Compare(a, b);
    });

    public static PageOrderKey Of(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageOrderKey(page.Depth, page.Url, page.Viewport);
    }
}
