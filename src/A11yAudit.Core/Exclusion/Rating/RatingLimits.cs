namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>What the rating cannot see, said every time so a report never claims more than the tool knows.</summary>
internal static class RatingLimits
{
    public const string AutomatedMinority =
        "Automated checks find only a minority of accessibility barriers. Deque's own study found that automated axe-core tests caught about 57% of issues by volume, and far fewer WCAG success criteria can be fully tested by a machine. Barriers that need a person to judge them (meaningful text alternatives, logical reading order, clear language, error recovery, real use with assistive technology) are not in this rating.";

    public static IReadOnlyList<string> Describe(RatingInput input, int worklist)
    {
        var limits = new List<string> { AutomatedMinority };
        if (worklist > 0)
        {
            limits.Add($"{worklist} {(worklist == 1 ? "item needs" : "items need")} a person to judge {(worklist == 1 ? "it" : "them")}; until reviewed, each risk is shown as a band from best case (confirmed barriers only) to worst case (every needs-review item is real).");
        }

        var notAudited = input.Journeys.Where(j => !j.Risk.FromPage).SelectMany(j => j.Steps).Count(s => !s.Result.Audited);
        if (notAudited > 0)
        {
            limits.Add($"{notAudited} journey {(notAudited == 1 ? "step was" : "steps were")} not audited, so those journeys' risks cover only the steps that were.");
        }

        var unscanned = input.Pages.UnscannedUrls;
        if (unscanned > 0)
        {
            limits.Add($"{unscanned} {(unscanned == 1 ? "page" : "pages")} could not be loaded or scanned and {(unscanned == 1 ? "is" : "are")} not in the assessment.");
        }

        if (!input.JourneysGiven)
        {
            limits.Add("No journeys were given, so each scanned page counts as a one-step task of weight 'other'. List the service's journeys in the target file for a rating that reflects real tasks.");
        }

        limits.Add($"People estimates multiply published UK prevalence figures (several are estimates; see docs/exclusion-risk.md) by the modelled chance of a blocking or major barrier. {input.Product.People.OverlapNote}");
        return limits;
    }
}
