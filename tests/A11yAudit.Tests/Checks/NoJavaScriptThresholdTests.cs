using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class NoJavaScriptThresholdTests
{
    [TestCase(400, 0, false)]
    [TestCase(400, 51, true)]
    [TestCase(400, 50, false)]
    [TestCase(60, 30, true)]
    [TestCase(60, 29, false)]
    [TestCase(0, 0, true)]
    public void ContentRendersWithHalfItsWordsOrAParagraph(int withScripts, int withoutScripts, bool renders) =>
        Assert.That(NoJavaScriptCheck.ContentRenders(withScripts, withoutScripts), Is.EqualTo(renders));
}
