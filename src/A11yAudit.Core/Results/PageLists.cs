using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>
/// What consumers of <see cref="AuditResults.Pages"/> do to the whole list, done so that pages on disk
/// (<see cref="PageStore"/>) stay on disk and pages in memory stay in memory.
/// </summary>
public static class PageLists
{
    /// <summary>The pages sorted by key, stably; a store sorts its keys and reads nothing.</summary>
    public static IReadOnlyList<PageResult> OrderBy(IReadOnlyList<PageResult> pages, IComparer<PageOrderKey> order)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(order);
        return pages is IKeyedPages onDisk ? onDisk.OrderBy(order) : pages.OrderBy(PageOrderKey.Of, order).ToList();
    }

    /// <summary>Every page's key, in list order; a store has them in memory.</summary>
    public static IReadOnlyList<PageOrderKey> Keys(IReadOnlyList<PageResult> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages is IKeyedPages onDisk ? onDisk.Keys : pages.Select(PageOrderKey.Of).ToList();
    }

    /// <summary>Every page transformed: into a new store (which the caller owns) for pages on disk, a list otherwise.</summary>
    public static IReadOnlyList<PageResult> Map(IReadOnlyList<PageResult> pages, Func<PageResult, PageResult> transform)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(transform);
        return pages is IKeyedPages onDisk ? onDisk.Map(transform) : pages.Select(transform).ToList();
    }
}
