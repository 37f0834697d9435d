using System.Collections.Concurrent;

namespace A11yAudit.Browser.Check;

/// <summary>
/// Decides whether a costly check runs on a page: only on the first few pages of each template, so an
/// audit of thousands of pages built from a handful of templates does not pay for every re-render.
/// Cheap checks always run.
/// </summary>
public sealed class CheckSampler(int pagesPerTemplate)
{
    private readonly ConcurrentDictionary<(string Check, string Template), int> _counts = new();

    public int PagesPerTemplate => pagesPerTemplate;

    public bool ShouldRun(IPageCheck check, PageCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(context);
        if (check.Cost == CheckCost.Cheap || pagesPerTemplate <= 0)
        {
            return true;
        }

        var count = _counts.AddOrUpdate((check.Id, context.Template), 1, (_, n) => n + 1);
        return count <= pagesPerTemplate;
    }
}
