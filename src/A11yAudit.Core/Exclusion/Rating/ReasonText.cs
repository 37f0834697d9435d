using System.Globalization;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;

namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>The sentences of the rating. Kept together so their wording stays consistent and testable.</summary>
internal static class ReasonText
{
    public static string BlockedOnCriticalJourney(ExclusionGroup group, string journey, int step, PageBarrier barrier) =>
        $"{group.Name} are blocked on '{journey}' step {step} ({Page(barrier.PageUrl)}): {Rule(barrier)}.";

    public static string BlockedOnJourney(ExclusionGroup group, string journey, string weight, int step, PageBarrier barrier) =>
        $"{group.Name} are blocked on '{journey}' step {step} ({Page(barrier.PageUrl)}), a journey marked '{weight}': {Rule(barrier)}.";

    public static string BlockedOnPage(ExclusionGroup group, PageBarrier barrier) =>
        $"{group.Name} are blocked on {Page(barrier.PageUrl)}: {Rule(barrier)}. No journeys were given, so any page may be a step of a critical task.";

    public static string BlockedOutsideJourneys(ExclusionGroup group, PageBarrier barrier) =>
        $"{group.Name} are blocked on {Page(barrier.PageUrl)}, a page outside the listed journeys: {Rule(barrier)}.";

    public static string MajorOnCriticalJourney(ExclusionGroup group, string journey, int step, PageBarrier barrier) =>
        $"{group.Name} face a major barrier on '{journey}' step {step} ({Page(barrier.PageUrl)}): {Rule(barrier)}.";

    public static string MajorOnJourney(ExclusionGroup group, string journey, int step, PageBarrier barrier) =>
        $"{group.Name} face a major barrier on '{journey}' step {step} ({Page(barrier.PageUrl)}): {Rule(barrier)}.";

    public static string MajorOnPage(ExclusionGroup group, PageBarrier barrier) =>
        $"{group.Name} face a major barrier on {Page(barrier.PageUrl)}: {Rule(barrier)}.";

    public static string PossibleBlocker(ExclusionGroup group, string where, PageBarrier barrier) =>
        $"{group.Name} may be blocked on {where}, pending manual review: {Rule(barrier)}.";

    public static string HighGroupRisk(ExclusionGroup group, double risk, double limit) =>
        $"{group.Name} have a {Percent(risk)} chance (best case) of being stopped across the service, at or above the {Percent(limit)} limit for Good.";

    public static string TooManyWcagFailures(IReadOnlyList<string> rules, int max) =>
        $"{rules.Count} WCAG A/AA rules failed ({List(rules)}), more than the {max} allowed for Good.";

    public static string SomeWcagFailures(IReadOnlyList<string> rules) =>
        $"{rules.Count} WCAG A/AA {(rules.Count == 1 ? "rule" : "rules")} failed ({List(rules)}); Outstanding needs none.";

    public static string NothingAudited() =>
        "No page could be scanned, so the service cannot be rated above Requires improvement.";

    public static string LongWorklist(int items, int max) =>
        $"The manual-review worklist has {items} items; Outstanding needs {max} or fewer.";

    public static string StepNotAudited(string journey, int step, string pattern, IReadOnlyList<string> unscanned, string? problem) =>
        problem is not null
            ? $"'{journey}' step {step} ({pattern}) was not audited: {problem}."
            : unscanned.Count > 0
                ? $"'{journey}' step {step} ({pattern}) was not audited: the matching page failed to load or scan ({Page(unscanned[0])})."
                : $"'{journey}' step {step} ({pattern}) was not audited: no scanned page matched it.";

    public static string NoBlockers() =>
        "No group was found blocked, and no group faces a major barrier on a critical journey.";

    public static string NoSeriousBarriers(int worklist) =>
        $"No WCAG A/AA failure was detected, no group faces more than minor friction, and the manual-review worklist has {worklist} {(worklist == 1 ? "item" : "items")}.";

    public static string Where(string journey, int step, string pageUrl) => $"'{journey}' step {step} ({Page(pageUrl)})";

    /// <summary>Path and query are what people recognise; the host is the same for the whole audit.</summary>
    public static string Page(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;

    public static string Percent(double value) =>
        (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Rule(PageBarrier barrier) => $"{barrier.Help} ({barrier.RuleId})";

    private static string List(IReadOnlyList<string> rules) =>
        rules.Count <= 5 ? string.Join(", ", rules) : string.Join(", ", rules.Take(5)) + $" and {rules.Count - 5} more";
}
