using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Browser.Check;

/// <summary>Runs site checks over the finished crawl and adds their findings to the pages they name.</summary>
public static class SiteChecks
{
    /// <returns>
    /// The pages with the site checks' findings added: a new store when <paramref name="pages"/> is one (the
    /// caller owns it), a list otherwise.
    /// </returns>
    public static IReadOnlyList<PageResult> Apply(IReadOnlyList<PageResult> pages, IEnumerable<ISiteCheck> checks, IReadOnlySet<string> disabled)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(disabled);
        var sitePages = pages.Select(SitePage.Of).ToList();
        var added = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var check in checks.Where(c => !disabled.Contains(c.Id)))
        {
            foreach (var (url, finding) in check.Run(sitePages))
            {
                (added.TryGetValue(url, out var list) ? list : added[url] = []).Add(finding);
            }
        }

        // PageResult is immutable: pages with new findings are replaced by updated copies.
        return PageLists.Map(pages, p => added.TryGetValue(p.Url, out var extra) ? p with { Findings = [.. p.Findings, .. extra] } : p);
    }
}
