using A11yAudit.Reports.Model;

namespace A11yAudit.Tests.Reports;

public sealed class ContentKeyTests
{
    [Test]
    public void EqualStringsGiveEqualKeys() =>
        Assert.That(ContentKey.Of("<img src=a>", "#logo"), Is.EqualTo(ContentKey.Of(string.Concat("<img ", "src=a>"), "#logo")));

    [TestCase("ab", "c", "a", "bc")]
    [TestCase("<p>", "#a", "<p>", "#b")]
    [TestCase("", "x", "x", "")]
    public void DifferentStringsGiveDifferentKeys(string first, string second, string otherFirst, string otherSecond) =>
        Assert.That(ContentKey.Of(first, second), Is.Not.EqualTo(ContentKey.Of(otherFirst, otherSecond)));
}
