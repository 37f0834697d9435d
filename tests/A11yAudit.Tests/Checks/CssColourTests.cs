using A11yAudit.Browser.Check.Checks.Keyboard;

namespace A11yAudit.Tests.Checks;

public sealed class CssColourTests
{
    [Test]
    public void ParsesRgbRgbaAndTransparent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CssColour.Parse("rgb(0, 94, 184)"), Is.EqualTo((0d, 94d, 184d, 1d)));
            Assert.That(CssColour.Parse("rgba(0, 0, 0, 0.5)"), Is.EqualTo((0d, 0d, 0d, 0.5d)));
            Assert.That(CssColour.Parse("rgb(0 0 0 / 50%)"), Is.EqualTo((0d, 0d, 0d, 0.5d)));
            Assert.That(CssColour.Parse("transparent"), Is.EqualTo((0d, 0d, 0d, 0d)));
            Assert.That(CssColour.Parse("currentcolor"), Is.Null);
        });
    }

    [Test]
    public void ContrastMatchesWcagExamples()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CssColour.Contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"), Is.EqualTo(21).Within(0.01));
            // The NHS blue on white, as in the demo's palette notes.
            Assert.That(CssColour.Contrast("rgb(0, 94, 184)", "rgb(255, 255, 255)"), Is.EqualTo(6.38).Within(0.05));
            Assert.That(CssColour.Contrast("transparent", "rgb(255, 255, 255)"), Is.EqualTo(1).Within(0.001));
            Assert.That(CssColour.Contrast("nonsense", "rgb(255, 255, 255)"), Is.Null);
        });
    }
}
