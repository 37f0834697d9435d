using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check;

/// <summary>
/// A check that compares pages with each other (duplicate titles, inconsistent navigation), so it can only
/// run once the crawl is over. It returns findings for the pages they belong to.
/// </summary>
public interface ISiteCheck
{
    /// <summary>Stable id, as for <see cref="IPageCheck.Id"/>.</summary>
    string Id { get; }

    /// <summary>What the check tests, in one line.</summary>
    string Help { get; }

    /// <summary>WCAG success criteria tested; empty for checks beyond WCAG.</summary>
    IReadOnlyList<string> WcagCriteria { get; }

    IReadOnlyList<(string PageUrl, Finding Finding)> Run(IReadOnlyList<SitePage> pages);
}
