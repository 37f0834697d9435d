using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check;

/// <summary>
/// A check whose costly part happens in a page of its own (a throttled or script-less reload), not in the
/// audited tab. The crawler starts that part before axe and lets it run while axe and the other checks use
/// the tab: a throttled reload is mostly waiting on simulated latency, time the worker would otherwise lose.
/// <see cref="IPageCheck.RunAsync"/> must give the same findings as <see cref="BeginAsync"/> followed by its work.
/// </summary>
public interface IIsolatedPageCheck : IPageCheck
{
    /// <summary>
    /// Reads what the check needs from the audited tab, as it is now (quickly: the tab is not changed), and returns
    /// the rest of the work, which must not touch the tab.
    /// </summary>
    Task<Func<CancellationToken, Task<IReadOnlyList<Finding>>>> BeginAsync(PageCheckContext context, CancellationToken cancellationToken);
}
