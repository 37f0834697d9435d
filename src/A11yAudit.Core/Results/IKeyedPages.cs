using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>Pages on disk whose keys are in memory: they can be ordered and mapped without holding them all.</summary>
internal interface IKeyedPages : IReadOnlyList<PageResult>
{
    IReadOnlyList<PageOrderKey> Keys { get; }

    IReadOnlyList<PageResult> OrderBy(IComparer<PageOrderKey> order);

    PageStore Map(Func<PageResult, PageResult> transform);
}
