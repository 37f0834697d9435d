using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Model;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

public sealed class StoredPagesScoringTests : SpillFolderTests
{
    [Test]
    public void TextsRepeatedOnEveryPageAreHeldOnceByTheAssessment()
    {
        // Each page read back from disk brings its own copy of the same rule id, help and selector.
        using var store = Fill(Enumerable.Range(0, 3).Select(i =>
            TestAudits.Page($"https://example.test/{i}", 1, TestAudits.Violation("image-alt", Impact.Critical, TestAudits.Node("main > img")))));

        var barriers = ExclusionModel.LoadDefault().Assess(store, []).Pages
            .Select(p => p.Groups.SelectMany(g => g.Barriers).First(b => b.RuleId == "image-alt"))
            .ToList();

        Assert.That(barriers, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(barriers[2].Help, Is.SameAs(barriers[0].Help));
            Assert.That(barriers[2].RuleId, Is.SameAs(barriers[0].RuleId));
            Assert.That(barriers[2].Selector, Is.SameAs(barriers[0].Selector));
        });
    }
}
