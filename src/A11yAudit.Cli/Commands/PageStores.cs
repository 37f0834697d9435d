using A11yAudit.Core.Results;

namespace A11yAudit.Cli.Commands;

/// <summary>
/// The page stores one command makes (the crawl's, the fingerprinted copy, pages read from results.json),
/// deleted together when the command ends, however it ends.
/// </summary>
internal sealed class PageStores : IDisposable
{
    private readonly List<IDisposable> _stores = [];

    /// <summary>Takes ownership of the results' pages when they are a store; returns the results unchanged.</summary>
    public AuditResults Own(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Pages is IDisposable store && !_stores.Contains(store))
        {
            _stores.Add(store);
        }

        return results;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _stores.Clear();
    }
}
