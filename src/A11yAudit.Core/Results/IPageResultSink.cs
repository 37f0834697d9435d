using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>Receives each page as soon as it is finished, so a crash loses nothing already done.</summary>
public interface IPageResultSink
{
    ValueTask WriteAsync(PageResult page, CancellationToken cancellationToken);
}
