using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Scoring;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Journey level: the user must pass every step, so 1 − Π over steps (1 − P_step).</summary>
public sealed class JourneyRiskTests
{
    private static readonly ExclusionModel Model = ExclusionModel.LoadDefault();

    private static GroupRisk Cell(JourneyRisk journey, string group) => journey.Groups.Single(g => g.GroupId == group);

    [Test]
    public void A_blocker_on_any_step_blocks_the_whole_journey_and_says_where()
    {
        var pages = new[] { Page("/book/start"), Page("/book/details", Violation("label", "Form elements must have labels")), Page("/book/done") };
        var journey = Model.Assess(pages, [Journey("Book a GP appointment", "critical", "/book/start", "/book/details", "/book/done")]).Journeys.Single();

        var cell = Cell(journey, "screen-reader");
        Assert.That(cell.Risk, Is.EqualTo(new RiskBand(1, 1)));
        var trace = cell.Barriers.First();
        Assert.That(trace.RuleId, Is.EqualTo("label"));
        Assert.That(trace.Journey, Is.EqualTo("Book a GP appointment"));
        Assert.That(trace.Step, Is.EqualTo(2));
        Assert.That(trace.PageUrl, Is.EqualTo(Origin + "/book/details"));
        Assert.That(trace.Selector, Is.EqualTo("#label"));
        Assert.That(journey.IsCritical, Is.True);
        Assert.That(journey.Complete, Is.True);
    }

    [Test]
    public void Step_risks_combine_like_independent_obstacles()
    {
        var pages = new[] { Page("/a", Violation("color-contrast")), Page("/b", Violation("color-contrast")) };
        var journey = Model.Assess(pages, [Journey("Two steps", "other", "/a", "/b")]).Journeys.Single();
        Assert.That(Cell(journey, "low-vision").Risk.Best, Is.EqualTo(0.75).Within(1e-12));
    }

    [Test]
    public void A_step_with_no_scanned_page_is_not_audited_rather_than_clear()
    {
        var pages = new[] { Page("/a"), FailedPage("/c") };
        var journey = Model.Assess(pages, [Journey("Three steps", "important", "/a", "/b", "/c")]).Journeys.Single();

        Assert.That(journey.Complete, Is.False);
        Assert.That(journey.Steps.Select(s => s.Audited), Is.EqualTo(new[] { true, false, false }));
        Assert.That(journey.Steps[1].Pages, Is.Empty);
        Assert.That(journey.Steps[2].UnscannedPages, Is.EqualTo(new[] { Origin + "/c" }));
    }

    [Test]
    public void A_regex_step_matching_several_pages_takes_the_worst_page()
    {
        var pages = new[] { Page("/book/step-1.html", Violation("color-contrast")), Page("/book/step-2.html", Violation("label")) };
        var journey = Model.Assess(pages, [Journey("Any booking page", "other", @"^.*/book/step-\d\.html$")]).Journeys.Single();

        Assert.That(journey.Steps.Single().Pages, Has.Count.EqualTo(2));
        Assert.That(Cell(journey, "screen-reader").Risk.Best, Is.EqualTo(1));
        Assert.That(Cell(journey, "low-vision").Risk.Best, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void A_page_that_stands_for_two_steps_counts_once()
    {
        var pages = new[] { Page("/start", Violation("color-contrast")), Page("/form") };
        var journey = Model.Assess(pages, [Journey("Round trip", "other", "/start", "/form", "/start/")]).Journeys.Single();
        Assert.That(Cell(journey, "low-vision").Risk.Best, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void Without_journeys_each_page_is_a_one_step_task_of_weight_other()
    {
        var assessment = Model.Assess([Page("/a"), Page("/b")], []);
        Assert.That(assessment.JourneysGiven, Is.False);
        Assert.That(assessment.Journeys, Has.Count.EqualTo(2));
        Assert.That(assessment.Journeys.All(j => j.FromPage && j.Weight == "other" && j.Steps.Count == 1), Is.True);
    }

    [Test]
    public void Journey_evidence_keeps_the_most_severe_barriers_first()
    {
        var pages = new[]
        {
            Page("/a", Violation("region"), Violation("heading-order"), Violation("list"), Violation("listitem")),
            Page("/b", Violation("dlitem"), Violation("definition-list"), Violation("label")),
        };
        var cell = Cell(Model.Assess(pages, [Journey("J", "other", "/a", "/b")]).Journeys.Single(), "screen-reader");
        Assert.That(cell.Barriers, Has.Count.EqualTo(Model.Settings.Scoring.MaxTraces));
        Assert.That(cell.Barriers[0].RuleId, Is.EqualTo("label"));
        Assert.That(cell.Barriers[0].Severity, Is.EqualTo(BarrierSeverity.Blocker));
    }
}
