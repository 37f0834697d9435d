using A11yAudit.Core.Model;
using A11yAudit.Core.Wcag;

namespace A11yAudit.Tests.Wcag;

public sealed class WcagTagsTests
{
    [TestCase("wcag111", "1.1.1")]
    [TestCase("wcag143", "1.4.3")]
    [TestCase("wcag1410", "1.4.10")]
    [TestCase("wcag1412", "1.4.12")]
    [TestCase("wcag258", "2.5.8")]
    [TestCase("wcag412", "4.1.2")]
    public void CriterionTags(string tag, string criterion) => Assert.That(WcagTags.ToCriterion(tag), Is.EqualTo(criterion));

    [TestCase("wcag2a")]
    [TestCase("wcag2aa")]
    [TestCase("wcag21aa")]
    [TestCase("wcag22aa")]
    [TestCase("best-practice")]
    [TestCase("cat.color")]
    [TestCase("section508.22.a")]
    [TestCase("")]
    public void OtherTagsAreNotCriteria(string tag) => Assert.That(WcagTags.ToCriterion(tag), Is.Null);

    [Test]
    public void CriteriaAreDistinctAndOrdered() =>
        Assert.That(WcagTags.Criteria(["cat.forms", "wcag2a", "wcag412", "wcag131", "wcag412"]), Is.EqualTo(new[] { "4.1.2", "1.3.1" }));

    [Test]
    public void NullTagsGiveNothing() => Assert.That(WcagTags.Criteria(null), Is.Empty);

    [TestCase(new[] { "wcag2a", "wcag111" }, RuleCategory.Wcag)]
    [TestCase(new[] { "wcag22aa", "wcag258" }, RuleCategory.Wcag)]
    [TestCase(new[] { "best-practice", "cat.keyboard" }, RuleCategory.BestPractice)]
    [TestCase(new[] { "wcag2aaa", "wcag146" }, RuleCategory.BestPractice)]
    [TestCase(new[] { "experimental", "wcag2a" }, RuleCategory.Experimental)]
    public void Category(string[] tags, RuleCategory expected) => Assert.That(WcagTags.Category(tags), Is.EqualTo(expected));
}
