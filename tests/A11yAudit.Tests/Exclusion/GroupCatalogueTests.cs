using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Groups;

namespace A11yAudit.Tests.Exclusion;

public sealed class GroupCatalogueTests
{
    private static readonly GroupCatalogue Catalogue = ExclusionModel.LoadDefault().Groups;

    [TestCase("screen-reader")]
    [TestCase("low-vision")]
    [TestCase("colour-vision")]
    [TestCase("deaf")]
    [TestCase("motor")]
    [TestCase("cognitive")]
    [TestCase("literacy-language")]
    [TestCase("low-digital-confidence")]
    [TestCase("limited-connectivity")]
    [TestCase("photosensitive-vestibular")]
    public void The_catalogue_covers_the_required_group(string id)
    {
        var group = Catalogue.Find(id);
        Assert.That(group, Is.Not.Null);
        Assert.That(group!.Name, Is.Not.Empty);
        Assert.That(group.Description, Is.Not.Empty);
        Assert.That(group.AssistiveTechnology, Is.Not.Empty);
    }

    [Test]
    public void Every_population_figure_is_sourced_dated_and_plausible()
    {
        foreach (var group in Catalogue.Groups)
        {
            var population = group.Population;
            Assert.That(population.Source, Is.Not.Empty, group.Id);
            Assert.That(population.Year, Is.Not.Empty, group.Id);
            Assert.That(population.Url, Does.StartWith("https://"), group.Id);
            Assert.That(population.Counts, Is.Not.Empty, group.Id);
            Assert.That(population.Count, Is.GreaterThan(0).And.LessThan(Catalogue.UkPopulation.Count), group.Id);
        }
    }

    [Test]
    public void Derived_and_unverified_figures_explain_themselves_and_are_marked_as_estimates()
    {
        foreach (var group in Catalogue.Groups.Where(g => g.Population.Kind is PopulationFigureKind.Derived or PopulationFigureKind.Unverified))
        {
            Assert.That(group.Population.IsEstimate, Is.True, group.Id);
            Assert.That(group.Population.Note, Is.Not.Null.And.Not.Empty, group.Id);
        }
    }

    [Test]
    public void The_UK_population_is_the_ONS_mid_2024_estimate()
    {
        Assert.That(Catalogue.UkPopulation.Count, Is.EqualTo(69_281_400));
        Assert.That(Catalogue.UkPopulation.Source, Does.Contain("Office for National Statistics"));
        Assert.That(Catalogue.OverlapNote, Does.Contain("overlap"));
    }

    [Test]
    public void An_override_replaces_groups_by_id_and_keeps_the_rest()
    {
        var changed = Catalogue.Get("deaf") with { Population = Catalogue.Get("deaf").Population with { Count = 18_000_000 } };
        var merged = Catalogue.Merge(new GroupCatalogueOverride { Groups = [changed] });

        Assert.That(merged.Groups, Has.Count.EqualTo(Catalogue.Groups.Count));
        Assert.That(merged.Get("deaf").Population.Count, Is.EqualTo(18_000_000));
        Assert.That(merged.UkPopulation, Is.EqualTo(Catalogue.UkPopulation));
    }

    [Test]
    public void A_replacing_override_must_be_a_whole_catalogue()
    {
        Assert.That(
            () => Catalogue.Merge(new GroupCatalogueOverride { Replace = true, Groups = [Catalogue.Get("deaf")] }),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("ukPopulation"));
    }

    [Test]
    public void A_group_larger_than_the_country_is_rejected()
    {
        var impossible = Catalogue with
        {
            Groups = [Catalogue.Get("deaf") with { Population = Catalogue.Get("deaf").Population with { Count = 70_000_000 } }],
        };
        Assert.That(() => impossible.Validate("test"), Throws.TypeOf<InvalidDataException>());
    }
}
