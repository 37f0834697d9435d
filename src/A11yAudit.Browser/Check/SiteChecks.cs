using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check;

/// <summary>Runs site checks over the finished crawl and adds their findings to the pages they name.</summary>
public static class SiteChecks
{
    public static IReadOnlyList<PageResult> Apply(IReadOnlyList<PageResult> pages, IEnumerable<ISiteCheck> checks, IReadOnlySet<string> disabled)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(disabled);
        var added = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var check in checks.Where(c => !disabled.Contains(c.Id)))
        {
            foreach (var (url, finding) in check.Run(pages))
            {
                (added.TryGetValue(url, out var list) ? list : added[url] = []).Add(finding);
            }
        }

        // PageResult is immutable: pages with new findings are replaced by updated copies.
        return pages.Select(p => added.TryGetValue(p.Url, out var extra) ? p with { Findings = [.. p.Findings, .. extra] } : p).ToList();
    }
}
