using A11yAudit.Core.Fingerprints;

namespace A11yAudit.Tests.Fingerprints;

public sealed class SelectorNormalizerTests
{
    [TestCase(".css-1x2y3z > img", ".css > img")]
    [TestCase("li:nth-child(3) > a", "li:nth-child > a")]
    [TestCase("ul  >li:nth-of-type(2)+  li", "ul > li:nth-of-type + li")]
    [TestCase("#main .b.a", "#main .a.b")]
    [TestCase("#\\:r5\\:", "#r")]
    [TestCase("#\\31 23", "*")]
    [TestCase("div[data-v-7ba5bd90] > input", "div > input")]
    [TestCase("input[name=\"reason\"]", "input[name=\"reason\"]")]
    [TestCase("img[src$=\"flu-banner.4f3a2b1c.svg\"]", "img[src]")]
    [TestCase("a[href$=\"book\"]", "a[href]", TestName = "axe's suffix form of a URL")]
    [TestCase("a[href=\"/book?utm_source=x\"]", "a[href]", TestName = "axe's whole-value form of the same URL")]
    [TestCase("input[type=\"text\" i]", "input[type=\"text\"]")]
    [TestCase("[role^=\"tab\"]", "[role^=\"tab\"]")]
    [TestCase("a[title=\"Read more about flu\"]", "a[title]")]
    [TestCase("[aria-label=\"3 new messages\"] > span", "[aria-label] > span")]
    [TestCase("BUTTON.Btn", "button.Btn")]
    [TestCase("html", "html")]
    [TestCase("", "")]
    public void Normalize(string selector, string expected) =>
        Assert.That(SelectorNormalizer.Normalize(selector), Is.EqualTo(expected));

    [Test]
    public void QuotedCombinatorCharacters_AreNotCombinators() =>
        Assert.That(SelectorNormalizer.Normalize("input[name=\"a > b\"]"), Is.EqualTo("input[name=\"a > b\"]"));
}
