using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Model;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Each rating rule, with the sentence it leaves behind.</summary>
public sealed class RatingTests
{
    private const string LabelHelp = "Form elements must have labels";
    private static readonly ExclusionModel Model = ExclusionModel.LoadDefault();

    private static readonly Finding[] ManyMinorBestPractice =
    [
        Violation("region", category: RuleCategory.BestPractice),
        Violation("heading-order", category: RuleCategory.BestPractice),
        Violation("landmark-one-main", category: RuleCategory.BestPractice),
        Violation("page-has-heading-one", category: RuleCategory.BestPractice),
        Violation("landmark-unique", category: RuleCategory.BestPractice),
        Violation("empty-heading", category: RuleCategory.BestPractice),
        Violation("image-redundant-alt", category: RuleCategory.BestPractice),
    ];

    private static RatingResult Rate(IReadOnlyList<PageResult> pages, params A11yAudit.Core.Options.JourneyOptions[] journeys) =>
        Model.Assess(pages, journeys).Rating;

    [Test]
    public void A_confirmed_blocker_on_a_critical_journey_is_Inadequate_and_says_who_where_and_why()
    {
        var rating = Rate(
            [Page("/book/start"), Page("/book/step-2.html", Violation("label", LabelHelp)), Page("/book/done")],
            Journey("Book a GP appointment", "critical", "/book/start", "/book/step-1.html", "/book/step-2.html", "/book/done"));

        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Inadequate));
        Assert.That(rating.Label, Is.EqualTo("Inadequate"));
        var reason = rating.Reasons[0];
        Assert.That(reason.Text, Is.EqualTo("Blind and screen-reader users are blocked on 'Book a GP appointment' step 3 (/book/step-2.html): Form elements must have labels (label)."));
        Assert.That(reason.Kind, Is.EqualTo(RatingReasonKind.BlockedOnCriticalJourney));
        Assert.That(reason.GroupId, Is.EqualTo("screen-reader"));
        Assert.That(reason.Journey, Is.EqualTo("Book a GP appointment"));
        Assert.That(reason.Step, Is.EqualTo(3));
        Assert.That(reason.PageUrl, Is.EqualTo(Origin + "/book/step-2.html"));
        Assert.That(reason.RuleId, Is.EqualTo("label"));
        Assert.That(reason.Selector, Is.EqualTo("#label"));
    }

    [Test]
    public void Without_journeys_a_confirmed_blocker_on_any_page_is_Inadequate_by_default()
    {
        var rating = Rate([Page("/contact", Violation("label", LabelHelp))]);
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Inadequate));
        Assert.That(rating.Reasons[0].Text, Is.EqualTo(
            "Blind and screen-reader users are blocked on /contact: Form elements must have labels (label). No journeys were given, so any page may be a step of a critical task."));
    }

    [Test]
    public void Without_journeys_a_page_blocker_can_be_configured_down_to_Requires_improvement()
    {
        var model = Model.WithSettings(new ExclusionSettings { Rating = new RatingRules { BlockerOnAnyPageIsInadequateWithoutJourneys = false } });
        var rating = model.Assess([Page("/contact", Violation("label", LabelHelp))], []).Rating;
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons[0].Kind, Is.EqualTo(RatingReasonKind.BlockedOnPage));
    }

    [Test]
    public void A_confirmed_blocker_on_a_non_critical_journey_Requires_improvement()
    {
        var rating = Rate([Page("/repeat", Violation("label", LabelHelp))], Journey("Order a repeat prescription", "important", "/repeat"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons[0].Text, Is.EqualTo(
            "Blind and screen-reader users are blocked on 'Order a repeat prescription' step 1 (/repeat), a journey marked 'important': Form elements must have labels (label)."));
    }

    [Test]
    public void A_major_barrier_on_a_critical_journey_Requires_improvement()
    {
        var rating = Rate([Page("/book", Violation("target-size", "Touch targets must have sufficient size and spacing"))], Journey("Book", "critical", "/book"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons[0].Kind, Is.EqualTo(RatingReasonKind.MajorOnCriticalJourney));
        Assert.That(rating.Reasons[0].Text, Is.EqualTo(
            "Keyboard-only, switch and motor-impaired users face a major barrier on 'Book' step 1 (/book): Touch targets must have sufficient size and spacing (target-size)."));
    }

    [Test]
    public void A_blocker_on_a_page_outside_the_journeys_Requires_improvement()
    {
        var rating = Rate([Page("/book"), Page("/feedback", Violation("label", LabelHelp))], Journey("Book", "critical", "/book"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons[0].Text, Is.EqualTo(
            "Blind and screen-reader users are blocked on /feedback, a page outside the listed journeys: Form elements must have labels (label)."));
    }

    [Test]
    public void Too_many_WCAG_failures_Requires_improvement()
    {
        string[] rules = ["list", "listitem", "dlitem", "definition-list", "document-title", "valid-lang"];
        var rating = Rate([Page("/a", rules.Select(r => Violation(r)).ToArray())], Journey("A", "other", "/a"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons.Single(r => r.Kind == RatingReasonKind.WcagFailures).Text, Is.EqualTo(
            "6 WCAG A/AA rules failed (definition-list, dlitem, document-title, list, listitem and 1 more), more than the 5 allowed for Good."));
    }

    [Test]
    public void A_group_more_likely_than_not_to_be_stopped_Requires_improvement()
    {
        var rating = Rate([Page("/a", ManyMinorBestPractice)], Journey("A", "other", "/a"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons.Single(r => r.Kind == RatingReasonKind.HighGroupRisk).Text, Is.EqualTo(
            "Blind and screen-reader users have a 52% chance (best case) of being stopped across the service, at or above the 50% limit for Good."));
    }

    [Test]
    public void A_major_barrier_off_critical_journeys_is_Good_and_explains_why_not_Outstanding()
    {
        var rating = Rate(
            [Page("/book"), Page("/news", Violation("target-size", "Touch targets must have sufficient size and spacing"))],
            Journey("Book", "critical", "/book"),
            Journey("Read the news", "other", "/news"));

        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Good));
        Assert.That(rating.Reasons[0].Kind, Is.EqualTo(RatingReasonKind.NoBlockers));
        Assert.That(rating.Reasons.Select(r => r.Text), Does.Contain(
            "Keyboard-only, switch and motor-impaired users face a major barrier on 'Read the news' step 1 (/news): Touch targets must have sufficient size and spacing (target-size)."));
        Assert.That(rating.Reasons.Select(r => r.Text), Does.Contain("1 WCAG A/AA rule failed (target-size); Outstanding needs none."));
    }

    [Test]
    public void Only_minor_friction_and_a_short_worklist_is_Outstanding()
    {
        var rating = Rate(
            [Page("/a", Violation("region", category: RuleCategory.BestPractice), NeedsReview("color-contrast"))],
            Journey("A", "critical", "/a"));

        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Outstanding));
        Assert.That(rating.Reasons.Single().Text, Is.EqualTo(
            "No WCAG A/AA failure was detected, no group faces more than minor friction, and the manual-review worklist has 1 item."));
    }

    [Test]
    public void A_long_manual_review_worklist_stops_Outstanding()
    {
        var pages = Enumerable.Range(0, 11).Select(i => Page($"/p{i}", NeedsReview("color-contrast"))).ToList();
        var rating = Rate(pages);
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Good));
        Assert.That(rating.Reasons.Select(r => r.Text), Does.Contain("The manual-review worklist has 11 items; Outstanding needs 10 or fewer."));
    }

    [Test]
    public void A_suspected_blocker_is_never_counted_as_confirmed()
    {
        var rating = Rate([Page("/book", NeedsReview("label", LabelHelp))], Journey("Book", "critical", "/book"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Good));
        Assert.That(rating.Reasons.Select(r => r.Text), Does.Contain(
            "Blind and screen-reader users may be blocked on 'Book' step 1 (/book), pending manual review: Form elements must have labels (label)."));
    }

    [Test]
    public void A_step_that_was_not_audited_stops_Outstanding_and_is_named()
    {
        var rating = Rate([Page("/book/start")], Journey("Book", "critical", "/book/start", "/book/missing.html"));
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.Good));
        Assert.That(rating.Reasons.Select(r => r.Text), Does.Contain(
            "'Book' step 2 (/book/missing.html) was not audited: no scanned page matched it."));
        Assert.That(rating.Limits, Has.Some.Contains("1 journey step was not audited"));
    }

    [Test]
    public void Nothing_scanned_cannot_be_rated_above_Requires_improvement()
    {
        var rating = Rate([FailedPage("/")]);
        Assert.That(rating.Rating, Is.EqualTo(ExclusionRating.RequiresImprovement));
        Assert.That(rating.Reasons[0].Kind, Is.EqualTo(RatingReasonKind.NothingAudited));
        Assert.That(rating.Reasons[0].Text, Is.EqualTo("No page could be scanned, so the service cannot be rated above Requires improvement."));
    }

    [Test]
    public void Reasons_are_ordered_worst_level_first()
    {
        var rating = Rate(
            [Page("/book", Violation("label", LabelHelp)), Page("/news", Violation("target-size")), Page("/other", Violation("video-caption"))],
            Journey("Book", "critical", "/book"),
            Journey("News", "other", "/news"),
            Journey("Video", "important", "/other"));

        Assert.That(rating.Reasons.Select(r => r.Supports), Is.Ordered.Descending);
        Assert.That(rating.Reasons[0].Supports, Is.EqualTo(ExclusionRating.Inadequate));
        Assert.That(rating.Reasons.Any(r => r.Kind == RatingReasonKind.BlockedOnJourney && r.GroupId == "deaf"), Is.True);
    }

    [Test]
    public void The_rating_always_says_what_it_cannot_see()
    {
        var rating = Rate([Page("/a", NeedsReview("label"))]);
        Assert.That(rating.Limits[0], Does.Contain("Automated checks find only a minority"));
        Assert.That(rating.Limits, Has.Some.Contains("best case"));
        Assert.That(rating.Limits, Has.Some.Contains("No journeys were given"));
        Assert.That(rating.Limits, Has.Some.Contains("overlap"));
    }

    [Test]
    public void Reasons_beyond_the_limit_are_counted_not_listed()
    {
        var model = Model.WithSettings(new ExclusionSettings { Rating = new RatingRules { MaxReasons = 2 } });
        var pages = Enumerable.Range(0, 5).Select(i => Page($"/p{i}", Violation("label", LabelHelp))).ToList();
        var rating = model.Assess(pages, []).Rating;
        Assert.That(rating.Reasons, Has.Count.EqualTo(2));
        Assert.That(rating.OmittedReasons, Is.GreaterThanOrEqualTo(3));
    }
}
