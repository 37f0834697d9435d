using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Scoring;
using A11yAudit.Core.Model;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Page level: 1 − Π(1 − p) over distinct barriers, with p = 1 / 0.5 / 0.1.</summary>
public sealed class PageRiskTests
{
    private static readonly ExclusionModel Model = ExclusionModel.LoadDefault();

    private static GroupRisk Risk(PageResult page, string group) =>
        Model.Assess([page], []).Pages.Single().Groups.Single(g => g.GroupId == group);

    [Test]
    public void One_unlabelled_field_stops_a_screen_reader_user()
    {
        var risk = Risk(Page("/form", Violation("label", "Form elements must have labels")), "screen-reader");
        Assert.That(risk.Risk, Is.EqualTo(new RiskBand(1, 1)));
        Assert.That(risk.Highest, Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(risk.Barriers.Single().Selector, Is.EqualTo("#label"));
        Assert.That(risk.Barriers.Single().PageUrl, Is.EqualTo(Origin + "/form"));
    }

    [Test]
    public void A_major_barrier_is_a_coin_toss_and_friction_adds_up()
    {
        // color-contrast: major for low-vision; target-size: not low-vision; resize-text (own): major for low-vision.
        Assert.That(Risk(Page("/a", Violation("color-contrast")), "low-vision").Risk.Best, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(
            Risk(Page("/a", Violation("color-contrast"), Violation("avoid-inline-spacing")), "low-vision").Risk.Best,
            Is.EqualTo(1 - (0.5 * 0.9)).Within(1e-12));
        Assert.That(
            Risk(Page("/a", Violation("region"), Violation("heading-order"), Violation("list")), "screen-reader").Risk.Best,
            Is.EqualTo(1 - (0.9 * 0.9 * 0.9)).Within(1e-12));
    }

    [Test]
    public void Ten_failing_nodes_of_one_rule_are_one_barrier()
    {
        var one = Risk(Page("/a", Violation("color-contrast")), "low-vision");
        var ten = Risk(Page("/a", WithNodes(Violation("color-contrast"), 10)), "low-vision");
        Assert.That(ten.Risk, Is.EqualTo(one.Risk));
        Assert.That(ten.Barriers, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_same_page_seen_in_two_viewports_counts_once()
    {
        var mobile = Page("/a", Violation("color-contrast")) with { Viewport = "mobile" };
        var desktop = Page("/a", Violation("color-contrast"), Violation("target-size")) with { Viewport = "desktop" };
        var assessment = Model.Assess([mobile, desktop], []);

        Assert.That(assessment.Pages, Has.Count.EqualTo(1));
        var page = assessment.Pages.Single();
        Assert.That(page.Groups.Single(g => g.GroupId == "low-vision").Risk.Best, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(page.Groups.Single(g => g.GroupId == "motor").Risk.Best, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void Needs_review_widens_the_band_without_moving_the_best_case()
    {
        var certain = Risk(Page("/a", Violation("color-contrast")), "screen-reader");
        var withReview = Risk(Page("/a", Violation("color-contrast"), NeedsReview("label")), "screen-reader");

        Assert.That(withReview.Risk.Best, Is.EqualTo(certain.Risk.Best));
        Assert.That(withReview.Risk.Worst, Is.EqualTo(1));
        Assert.That(withReview.HighestUncertain, Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(withReview.Highest, Is.Null);
        Assert.That(withReview.Barriers.Single(b => b.RuleId == "label").Certainty, Is.EqualTo(BarrierCertainty.Uncertain));
    }

    [Test]
    public void A_rule_both_confirmed_and_suspected_is_counted_once_in_each_case()
    {
        var risk = Risk(Page("/a", Violation("color-contrast"), NeedsReview("color-contrast")), "low-vision");
        Assert.That(risk.Risk.Best, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(risk.Risk.Worst, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void A_page_that_failed_to_load_has_no_risk_row()
    {
        var assessment = Model.Assess([Page("/ok"), FailedPage("/broken")], []);
        Assert.That(assessment.Pages.Select(p => p.Url), Is.EqualTo(new[] { Origin + "/ok" }));
    }

    [Test]
    public void Every_group_appears_on_every_page_in_catalogue_order()
    {
        var page = Model.Assess([Page("/a")], []).Pages.Single();
        Assert.That(page.Groups.Select(g => g.GroupId), Is.EqualTo(Model.Groups.Groups.Select(g => g.Id)));
        Assert.That(page.Groups.All(g => g.Risk == RiskBand.Zero), Is.True);
    }
}
