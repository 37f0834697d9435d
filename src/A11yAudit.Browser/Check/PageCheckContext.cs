using A11yAudit.Core.Options;
using HtmlAgilityPack;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check;

/// <summary>What a check may look at: the live page and a parsed snapshot of its rendered HTML.</summary>
public sealed class PageCheckContext
{
    private readonly Lazy<HtmlDocument> _document;

    public PageCheckContext(IPage page, Uri url, string html, AuditOptions options, string viewport)
    {
        Page = page;
        Url = url;
        Html = html;
        Options = options;
        Viewport = viewport;
        _document = new Lazy<HtmlDocument>(() =>
        {
            var doc = new HtmlDocument();
            doc.LoadHtml(html);
            return doc;
        });
    }

    public IPage Page { get; }

    public Uri Url { get; }

    /// <summary>The rendered DOM serialised after load (not the server's original HTML).</summary>
    public string Html { get; }

    public HtmlDocument Document => _document.Value;

    public AuditOptions Options { get; }

    public string Viewport { get; }

    /// <summary>
    /// Lends a page in a browser context of its own (same viewport, same GET-only guard), with JavaScript on or
    /// off, e.g. to reload the page throttled or without scripts. Dispose the lease when done; call
    /// <see cref="IsolatedPage.Keep"/> first if the page is left in a clean state and may be reused.
    /// </summary>
    public Func<bool, Task<IsolatedPage>>? LeaseIsolatedPageAsync { get; init; }

    /// <summary>The page's template key (see <see cref="TemplateSignature"/>).</summary>
    public string Template => _template ??= TemplateSignature.Compute(Document);

    private string? _template;
}
