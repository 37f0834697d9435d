namespace A11yAudit.Reports.Ci;

/// <summary>How CI outputs name a page: path and query, since the host is the same for the whole audit.</summary>
public static class PageLabel
{
    public static string Of(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}
