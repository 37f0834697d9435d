using A11yAudit.Browser.Check.Checks.Keyboard;

namespace A11yAudit.Tests.Checks;

public sealed class FocusIndicatorClassifierTests
{
    private static StyleChange Change(string prop, string before, string after, string rel = "self") => new(rel, prop, before, after);

    [Test]
    public void NoChangeIsNoIndicatorAndUnmeasuredIsUnknown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FocusIndicatorClassifier.Classify([]), Is.EqualTo(FocusIndicator.None));
            Assert.That(FocusIndicatorClassifier.Classify(null), Is.EqualTo(FocusIndicator.Unknown));
        });
    }

    [TestCase("outline", "none", "solid 3px rgb(255, 235, 59) offset 0px")]
    [TestCase("box-shadow", "none", "rgb(255, 235, 59) 0px 0px 0px 4px")]
    [TestCase("position", "-9999,0 200x40", "16,16 200x40")]
    [TestCase("after content", "none", "\"\"")]
    [TestCase("before opacity", "0", "1")]
    [TestCase("border-bottom", "none", "solid 2px rgb(0, 0, 0)")]
    [TestCase("border-bottom", "solid 1px rgb(0, 0, 0)", "solid 3px rgb(0, 0, 0)")]
    [TestCase("border-top", "solid 2px rgb(255, 255, 255)", "solid 2px rgb(33, 43, 50)")]
    [TestCase("background-color", "rgb(0, 127, 59)", "rgb(255, 235, 59)")]
    public void DrawnIndicatorsAreClear(string prop, string before, string after)
    {
        Assert.That(FocusIndicatorClassifier.Classify([Change(prop, before, after)]), Is.EqualTo(FocusIndicator.Clear));
    }

    [TestCase("color", "rgb(0, 94, 184)", "rgb(0, 83, 159)")]
    [TestCase("text-decoration", "underline solid rgb(0, 94, 184) auto", "none")]
    [TestCase("opacity", "0.9", "1")]
    [TestCase("background-color", "transparent", "rgb(240, 244, 245)")]
    [TestCase("border-top", "solid 2px rgb(216, 221, 224)", "solid 2px rgb(200, 205, 210)")]
    public void ChangesThatAreEasyToMissAreSubtle(string prop, string before, string after)
    {
        Assert.That(FocusIndicatorClassifier.Classify([Change(prop, before, after)]), Is.EqualTo(FocusIndicator.Subtle));
    }

    [Test]
    public void OneClearChangeAmongSubtleOnesIsClear()
    {
        var changes = new[]
        {
            Change("color", "rgb(0, 94, 184)", "rgb(33, 43, 50)"),
            Change("box-shadow", "none", "rgb(33, 43, 50) 0px 4px 0px 0px"),
        };

        Assert.That(FocusIndicatorClassifier.Classify(changes), Is.EqualTo(FocusIndicator.Clear));
    }
}
