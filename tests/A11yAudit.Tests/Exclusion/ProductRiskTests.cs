using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Scoring;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Product level: weighted mean over journeys with a critical-journey floor, and the people estimate.</summary>
public sealed class ProductRiskTests
{
    private static readonly ExclusionModel Model = ExclusionModel.LoadDefault();

    private static ProductGroupRisk Group(ExclusionAssessment a, string id) => a.Product.Groups.Single(g => g.GroupId == id);

    [Test]
    public void Journeys_are_weighted_critical_3_important_2_other_1()
    {
        var pages = new[] { Page("/a", Violation("color-contrast")), Page("/b"), Page("/c") };
        var journeys = new[] { Journey("Important", "important", "/a"), Journey("Other", "other", "/b"), Journey("Other 2", "other", "/c") };
        var lowVision = Group(Model.Assess(pages, journeys), "low-vision");

        Assert.That(lowVision.Risk.Best, Is.EqualTo(2 * 0.5 / 4).Within(1e-12));
        Assert.That(lowVision.CriticalJourneyFloorApplied, Is.False);
    }

    [Test]
    public void A_critical_journey_sets_a_floor_the_average_cannot_dilute()
    {
        var pages = new List<A11yAudit.Core.Model.PageResult> { Page("/book", Violation("label")) };
        var journeys = new List<A11yAudit.Core.Options.JourneyOptions> { Journey("Book", "critical", "/book") };
        for (var i = 0; i < 30; i++)
        {
            pages.Add(Page($"/info/{i}"));
            journeys.Add(Journey($"Info {i}", "other", $"/info/{i}"));
        }

        var screenReader = Group(Model.Assess(pages, journeys), "screen-reader");
        Assert.That(screenReader.Risk.Best, Is.EqualTo(1));
        Assert.That(screenReader.CriticalJourneyFloorApplied, Is.True);
        Assert.That(screenReader.DecidedBy.First().Journey, Is.EqualTo("Book"));
        Assert.That(screenReader.DecidedBy.First().Step, Is.EqualTo(1));
    }

    [Test]
    public void Pages_are_averaged_when_no_journeys_are_given()
    {
        var pages = new[] { Page("/a", Violation("color-contrast")), Page("/b"), Page("/c"), Page("/d") };
        var assessment = Model.Assess(pages, []);
        Assert.That(assessment.Product.WeightedBy, Is.EqualTo("pages"));
        Assert.That(Group(assessment, "low-vision").Risk.Best, Is.EqualTo(0.5 / 4).Within(1e-12));
    }

    [Test]
    public void People_count_blocking_and_major_barriers_only()
    {
        var assessment = Model.Assess([Page("/a", Violation("color-contrast"), Violation("avoid-inline-spacing"))], []);
        var lowVision = Group(assessment, "low-vision");

        Assert.That(lowVision.Risk.Best, Is.EqualTo(0.55).Within(1e-12));
        Assert.That(lowVision.SeriousRisk.Best, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(lowVision.People.Best, Is.EqualTo(lowVision.Population / 2));
    }

    [Test]
    public void The_people_range_runs_from_the_largest_group_to_the_capped_sum()
    {
        var pages = new[] { Page("/a", Violation("label"), Violation("color-contrast"), NeedsReview("video-caption")) };
        var product = Model.Assess(pages, []).Product;

        Assert.That(product.People.Lower, Is.EqualTo(product.Groups.Max(g => g.People.Best)));
        Assert.That(product.People.Upper, Is.EqualTo(Math.Min(product.Groups.Sum(g => g.People.Worst), product.People.UkPopulation)));
        Assert.That(product.People.Upper, Is.GreaterThanOrEqualTo(product.People.Lower));
        Assert.That(product.People.OverlapNote, Does.Contain("overlap"));
    }

    [Test]
    public void People_never_exceed_the_UK_population_even_when_everyone_is_blocked()
    {
        // Every group blocked: the raw sum of populations is still below the UK, so shrink the UK to force the cap.
        var model = new ExclusionModel(
            Model.Groups with { UkPopulation = Model.Groups.UkPopulation with { Count = 9_000_000 } }
                with { Groups = Model.Groups.Groups.Select(g => g with { Population = g.Population with { Count = Math.Min(g.Population.Count, 9_000_000) } }).ToList() },
            Model.BarrierMap);
        var everything = model.BarrierMap.Mappings.Where(m => m.Source == "a11yaudit").Select(m => Own(m.RuleId))
            .Concat(model.BarrierMap.Mappings.Where(m => m.Source == "axe").Select(m => Violation(m.RuleId)))
            .ToArray();
        var product = model.Assess([Page("/a", everything)], []).Product;

        Assert.That(product.People.Upper, Is.EqualTo(9_000_000));
        Assert.That(product.Groups.All(g => g.People.Worst <= g.Population), Is.True);
    }

    [Test]
    public void A_journey_with_no_audited_step_is_left_out_of_the_average()
    {
        var pages = new[] { Page("/a", Violation("color-contrast")) };
        var journeys = new[] { Journey("Audited", "other", "/a"), Journey("Missing", "critical", "/nowhere") };
        Assert.That(Group(Model.Assess(pages, journeys), "low-vision").Risk.Best, Is.EqualTo(0.5).Within(1e-12));
    }
}
