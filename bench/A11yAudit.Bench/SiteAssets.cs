using System.Text;

namespace A11yAudit.Bench;

/// <summary>
/// Subresources for --assets N, so the cost of loading them shows (real health pages make 20–80 requests; the plain
/// synthetic page makes one). Each page links a shared stylesheet and script (cacheable, as on real sites) and
/// N - 2 images of its own (so every page fetches something new).
/// </summary>
internal static class SiteAssets
{
    public const string StylesheetPath = "/assets/site.css";
    public const string ScriptPath = "/assets/site.js";
    public const string CacheControl = "public, max-age=3600";

    /// <summary>About 25 KB of rules, most of which match nothing, as a site-wide stylesheet's do on any one page.</summary>
    public static readonly string Stylesheet = BuildStylesheet();

    /// <summary>About 60 KB of functions of which the page calls a few, as a site-wide bundle does.</summary>
    public static readonly string Script = BuildScript();

    /// <summary>A one-pixel GIF, shown at 64 × 64 and served under every image URL: what is measured is the request, not the bytes.</summary>
    public static readonly byte[] Image = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static int ImagesPerPage(int assets) => Math.Max(0, assets - 2);

    /// <summary>The head's links: the shared stylesheet and script.</summary>
    public static string HeadLinks => $"<link rel=\"stylesheet\" href=\"{StylesheetPath}\"><script src=\"{ScriptPath}\" defer></script>";

    /// <summary>The route that serves <see cref="Image"/> under every URL <see cref="ImageUrl"/> makes.</summary>
    public const string ImageRoute = "/img/{name}";

    public static string ImageUrl(int page, int index) => $"/img/{page}-{index}.gif";

    /// <summary>
    /// The first asset the site at <paramref name="baseUrl"/> does not serve in full, or null: a figure measured on a
    /// site whose stylesheet comes back empty measures another site.
    /// </summary>
    public static async Task<string?> FirstMissingAsync(Uri baseUrl)
    {
        using var client = new HttpClient();
        foreach (var (path, expected) in new[] { (StylesheetPath, Encoding.UTF8.GetByteCount(Stylesheet)), (ScriptPath, Encoding.UTF8.GetByteCount(Script)), (ImageUrl(0, 0), Image.Length) })
        {
            var body = await client.GetByteArrayAsync(new Uri(baseUrl, path));
            if (body.Length != expected)
            {
                return $"{path} answered {body.Length} bytes instead of {expected}.";
            }
        }

        return null;
    }

    private static string BuildStylesheet()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            sb.Append(".component-").Append(i).Append(" .item:hover>a,.component-").Append(i).Append("--active{margin:").Append(i % 24).Append("px;padding:4px 8px;border:1px solid #d8dde0;color:#212b32}\n");
        }

        return sb.ToString();
    }

    private static string BuildScript()
    {
        var sb = new StringBuilder("(function(){'use strict';var registry={};\n");
        for (var i = 0; i < 600; i++)
        {
            sb.Append("registry['widget").Append(i).Append("']=function(el){var n=el.querySelectorAll('[data-widget-").Append(i).Append("]');for(var k=0;k<n.length;k++){n[k].setAttribute('data-ready','").Append(i).Append("');}return n.length;};\n");
        }

        sb.Append("document.addEventListener('DOMContentLoaded',function(){for(var i=0;i<20;i++){registry['widget'+i](document);}document.documentElement.className+=' js-enabled';});})();\n");
        return sb.ToString();
    }
}
