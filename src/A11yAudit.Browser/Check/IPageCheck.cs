using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check;

/// <summary>
/// One exclusion check: a small class with an id, the criteria it tests, and one method that looks at a
/// loaded page and returns findings with evidence. Report a violation only when the evidence is
/// unambiguous; otherwise needs-review.
/// </summary>
public interface IPageCheck
{
    /// <summary>Stable id used in results, baselines, the barrier map and target files ("checks": { id: … }).</summary>
    string Id { get; }

    /// <summary>What the check tests, in one line (the rule's help text).</summary>
    string Help { get; }

    /// <summary>WCAG success criteria tested, e.g. "1.4.10"; empty for exclusion checks beyond WCAG.</summary>
    IReadOnlyList<string> WcagCriteria { get; }

    /// <summary>Costly checks (re-rendering, key presses, throttled reloads) run on a sample of pages.</summary>
    CheckCost Cost { get; }

    /// <summary>
    /// True for a check that loads the page again in a page of its own (<see cref="PageCheckContext.OpenIsolatedPageAsync"/>)
    /// and reads the main tab, if at all, only before its first await. Such a check runs alongside axe and the
    /// main tab's checks instead of after them: its time is mostly waiting on a throttled or script-less load.
    /// </summary>
    bool RunsInOwnPage => false;

    Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken);
}

public enum CheckCost
{
    /// <summary>Reads the DOM or the HTML snapshot only.</summary>
    Cheap,

    /// <summary>Changes the page (viewport, styles, key presses) or reloads it.</summary>
    Costly,
}
