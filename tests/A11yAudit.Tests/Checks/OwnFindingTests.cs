using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Checks;

public sealed class OwnFindingTests
{
    [Test]
    public void ChecksOfLevelAOrAaCriteriaAreWcag() =>
        Assert.That(OwnFinding.CategoryFor(["1.4.10"]), Is.EqualTo(RuleCategory.Wcag));

    [Test]
    public void ChecksOfOnlyAaaCriteriaOrNoneAreBestPractice()
    {
        Assert.That(OwnFinding.CategoryFor(["3.1.5"]), Is.EqualTo(RuleCategory.BestPractice));
        Assert.That(OwnFinding.CategoryFor([]), Is.EqualTo(RuleCategory.BestPractice));
    }

    [Test]
    public void MarkupIsCutToThreeHundredCharacters()
    {
        var node = OwnFinding.Node("p", new string('x', 500), "summary");
        Assert.That(node.Html, Has.Length.EqualTo(300));
        Assert.That(node.Html, Does.EndWith("…"));
    }
}
