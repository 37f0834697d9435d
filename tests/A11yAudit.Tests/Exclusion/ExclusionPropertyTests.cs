using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Model;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>
/// The properties the issue asks to pin, checked over many generated sites with fixed seeds so failures
/// reproduce: more barriers never lower risk, no barriers means no risk, duplicates change nothing,
/// needs-review only widens, people never exceed the population, a critical blocker dominates.
/// </summary>
public sealed class ExclusionPropertyTests
{
    private const int Runs = 300;
    private const double Tolerance = 1e-12;
    private static readonly ExclusionModel Model = ExclusionModel.LoadDefault();

    [Test]
    public void Adding_a_barrier_never_lowers_any_risk_for_any_group()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var site = new RandomSite(seed).Generate();
            var before = Numbers(Model.Assess(site.Pages, site.Journeys));

            var index = site.NextIndex(site.Pages.Count);
            var page = site.Pages[index];
            site.Pages[index] = page with { Findings = [.. page.Findings, site.NextFinding()] };
            var after = Numbers(Model.Assess(site.Pages, site.Journeys));

            Assert.That(after.Keys, Is.EquivalentTo(before.Keys), $"seed {seed}");
            foreach (var (key, value) in before)
            {
                Assert.That(after[key], Is.GreaterThanOrEqualTo(value - Tolerance), $"seed {seed}: {key}");
            }
        }
    }

    [Test]
    public void Fixing_every_barrier_gives_zero_risk()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var site = new RandomSite(seed).Generate();
            var fixedPages = site.Pages.Select(p => p with { Findings = [] }).ToList();
            var assessment = Model.Assess(fixedPages, site.Journeys);

            Assert.That(Numbers(assessment).Values, Is.All.EqualTo(0), $"seed {seed}");
            Assert.That(assessment.Rating.Rating, Is.Not.EqualTo(ExclusionRating.Inadequate).And.Not.EqualTo(ExclusionRating.RequiresImprovement), $"seed {seed}");
        }
    }

    [Test]
    public void Duplicating_a_page_does_not_change_product_risk()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var site = new RandomSite(seed).Generate(withJourneys: seed % 2 == 0);
            var original = Model.Assess(site.Pages, site.Journeys);
            var duplicated = Model.Assess([.. site.Pages, site.Pages[site.NextIndex(site.Pages.Count)]], site.Journeys);

            Assert.That(ProductNumbers(duplicated), Is.EqualTo(ProductNumbers(original)), $"seed {seed}");
            Assert.That(duplicated.Rating.Rating, Is.EqualTo(original.Rating.Rating), $"seed {seed}");
        }
    }

    [Test]
    public void Needs_review_only_widens_the_band()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var site = new RandomSite(seed).Generate();
            var before = Model.Assess(site.Pages, site.Journeys);

            var index = site.NextIndex(site.Pages.Count);
            var page = site.Pages[index];
            site.Pages[index] = page with { Findings = [.. page.Findings, site.NextFinding(FindingOutcome.NeedsReview)] };
            var after = Model.Assess(site.Pages, site.Journeys);

            var bestBefore = Numbers(before).Where(n => n.Key.EndsWith(".best", StringComparison.Ordinal)).ToList();
            var worstBefore = Numbers(before).Where(n => n.Key.EndsWith(".worst", StringComparison.Ordinal)).ToList();
            var afterNumbers = Numbers(after);
            foreach (var (key, value) in bestBefore)
            {
                Assert.That(afterNumbers[key], Is.EqualTo(value), $"seed {seed}: {key}");
            }

            foreach (var (key, value) in worstBefore)
            {
                Assert.That(afterNumbers[key], Is.GreaterThanOrEqualTo(value - Tolerance), $"seed {seed}: {key}");
            }
        }
    }

    [Test]
    public void Worst_case_is_never_below_best_case()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var site = new RandomSite(seed).Generate();
            var numbers = Numbers(Model.Assess(site.Pages, site.Journeys));
            foreach (var (key, best) in numbers.Where(n => n.Key.EndsWith(".best", StringComparison.Ordinal)))
            {
                Assert.That(numbers[key[..^".best".Length] + ".worst"], Is.GreaterThanOrEqualTo(best - Tolerance), $"seed {seed}: {key}");
            }
        }
    }

    [Test]
    public void People_never_exceed_the_population()
    {
        for (var seed = 0; seed < Runs; seed++)
        {
            var site = new RandomSite(seed).Generate();
            var people = Model.Assess(site.Pages, site.Journeys).Product;

            Assert.That(people.People.Upper, Is.LessThanOrEqualTo(people.People.UkPopulation), $"seed {seed}");
            Assert.That(people.People.Lower, Is.LessThanOrEqualTo(people.People.Upper), $"seed {seed}");
            Assert.That(people.Groups.All(g => g.People.Best <= g.People.Worst && g.People.Worst <= g.Population), Is.True, $"seed {seed}");
        }
    }

    [Test]
    public void One_blocker_on_a_critical_journey_dominates_many_minor_issues_elsewhere()
    {
        string[] minors = ["region", "heading-order", "list", "listitem", "dlitem", "landmark-one-main", "page-has-heading-one", "avoid-inline-spacing", "typography"];
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var pages = new List<PageResult>
            {
                Page("/book/start"),
                Page("/book/details", Violation("label", "Form elements must have labels")),
                Page("/book/confirm"),
            };
            var journeys = new List<A11yAudit.Core.Options.JourneyOptions>
            {
                Journey("Book a GP appointment", "critical", "/book/start", "/book/details", "/book/confirm"),
            };
            for (var i = 0; i < 20; i++)
            {
                var findings = minors.Where(_ => random.Next(2) == 0)
                    .Select(r => r == "typography" ? Own(r) : Violation(r, category: RuleCategory.BestPractice))
                    .ToArray();
                pages.Add(Page($"/info/{i}", findings));
                journeys.Add(Journey($"Read info {i}", random.Next(2) == 0 ? "other" : "important", $"/info/{i}"));
            }

            var assessment = Model.Assess(pages, journeys);
            var screenReader = assessment.Product.Groups.Single(g => g.GroupId == "screen-reader");
            var withoutBlocker = Model.Assess(pages.Select(p => p with { Findings = p.Findings.Where(f => f.RuleId != "label").ToList() }).ToList(), journeys)
                .Product.Groups.Single(g => g.GroupId == "screen-reader");

            Assert.That(assessment.Rating.Rating, Is.EqualTo(ExclusionRating.Inadequate), $"seed {seed}");
            Assert.That(assessment.Rating.Reasons[0].Text, Is.EqualTo(
                "Blind and screen-reader users are blocked on 'Book a GP appointment' step 2 (/book/details): Form elements must have labels (label)."));
            Assert.That(screenReader.Risk.Best, Is.EqualTo(1));
            Assert.That(screenReader.Risk.Best, Is.GreaterThan(withoutBlocker.Risk.Best), $"seed {seed}");
            Assert.That(assessment.Product.Groups.Where(g => g.GroupId != "screen-reader").Select(g => g.Risk.Best), Is.All.LessThan(screenReader.Risk.Best), $"seed {seed}");
        }
    }

    /// <summary>Every number the assessment produces, keyed so before/after can be compared.</summary>
    private static Dictionary<string, double> Numbers(ExclusionAssessment assessment)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var page in assessment.Pages)
        {
            foreach (var g in page.Groups)
            {
                numbers[$"page {page.Url} {g.GroupId}.best"] = g.Risk.Best;
                numbers[$"page {page.Url} {g.GroupId}.worst"] = g.Risk.Worst;
            }
        }

        foreach (var journey in assessment.Journeys)
        {
            foreach (var g in journey.Groups)
            {
                numbers[$"journey {journey.Name} {g.GroupId}.best"] = g.Risk.Best;
                numbers[$"journey {journey.Name} {g.GroupId}.worst"] = g.Risk.Worst;
            }
        }

        foreach (var (key, value) in ProductNumbers(assessment))
        {
            numbers[key] = value;
        }

        return numbers;
    }

    private static Dictionary<string, double> ProductNumbers(ExclusionAssessment assessment)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var g in assessment.Product.Groups)
        {
            numbers[$"product {g.GroupId}.best"] = g.Risk.Best;
            numbers[$"product {g.GroupId}.worst"] = g.Risk.Worst;
            numbers[$"product serious {g.GroupId}.best"] = g.SeriousRisk.Best;
            numbers[$"product serious {g.GroupId}.worst"] = g.SeriousRisk.Worst;
            numbers[$"people {g.GroupId}.best"] = g.People.Best;
            numbers[$"people {g.GroupId}.worst"] = g.People.Worst;
        }

        numbers["people range lower"] = assessment.Product.People.Lower;
        numbers["people range upper"] = assessment.Product.People.Upper;
        return numbers;
    }
}
