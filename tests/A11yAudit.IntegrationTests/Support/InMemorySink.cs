using System.Collections.Concurrent;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.IntegrationTests.Support;

internal sealed class InMemorySink : IPageResultSink
{
    public ConcurrentQueue<PageResult> Pages { get; } = new();

    public ValueTask WriteAsync(PageResult page, CancellationToken cancellationToken)
    {
        Pages.Enqueue(page);
        return ValueTask.CompletedTask;
    }
}
