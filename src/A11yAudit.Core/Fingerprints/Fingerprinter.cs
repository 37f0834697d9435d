using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// Gives every affected element of every finding a stable fingerprint (docs/ci.md, "Fingerprints"). Pure:
/// the same results give the same fingerprints whatever order pages were crawled in.
/// </summary>
public sealed class Fingerprinter
{
    private readonly PageKey _pages;

    /// <param name="ignoredQueryParameters">The target's ignored query parameters (ScopeOptions.IgnoreQueryParameters).</param>
    public Fingerprinter(IEnumerable<string>? ignoredQueryParameters = null)
    {
        _pages = new PageKey(ignoredQueryParameters);
    }

    /// <summary>The identity of one element's problem on one page. The page is the URL that was requested.</summary>
    public FindingIdentity Identify(string pageUrl, Finding finding, FindingNode node)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(node);
        return new FindingIdentity(
            finding.Source,
            finding.RuleId,
            finding.Outcome,
            _pages.For(pageUrl),
            Selector(node.Target),
            SnippetNormalizer.Normalize(node.Html));
    }

    /// <summary>The page pattern a URL falls under, as used in fingerprints and baselines.</summary>
    public string PageOf(string pageUrl) => _pages.For(pageUrl);

    /// <summary>The results with <see cref="FindingNode.Fingerprint"/> set on every node of every finding.</summary>
    /// <remarks>Pages on disk are fingerprinted into a new <see cref="PageStore"/>, which the caller owns.</remarks>
    public AuditResults Apply(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results with { Pages = PageLists.Map(results.Pages, Apply) };
    }

    public PageResult Apply(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page with
        {
            Findings = page.Findings
                .Select(f => f with { Nodes = f.Nodes.Select(n => n with { Fingerprint = Identify(page.Url, f, n).Fingerprint }).ToList() })
                .ToList(),
        };
    }

    /// <summary>Frames joined by " >>> ", shadow hosts by " >> ", as in <see cref="ElementTarget.Display"/>.</summary>
    private static string Selector(ElementTarget target) =>
        string.Join(" >>> ", target.Frames.Select(frame => string.Join(" >> ", frame.Select(SelectorNormalizer.Normalize))));
}
