using A11yAudit.Browser.Check.Checks;
using HtmlAgilityPack;

namespace A11yAudit.Tests.Checks;

public sealed class ViewportContentTests
{
    private static HtmlNode Meta(string content)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml($"<html><head><meta name=\"viewport\" content=\"{content}\"></head></html>");
        return doc.DocumentNode.SelectSingleNode("//meta")!;
    }

    [TestCase("width=device-width, user-scalable=no")]
    [TestCase("width=device-width, user-scalable=0")]
    [TestCase("width=device-width; user-scalable=NO")]
    [TestCase("width=device-width, initial-scale=1, maximum-scale=1")]
    [TestCase("width=device-width, maximum-scale=1.5")]
    [TestCase("user-scalable=0.5")]
    public void BlockingContentIsReported(string content) => Assert.That(ZoomBlockedCheck.Judge(Meta(content), onlyOne: true), Is.Not.Null);

    [TestCase("width=device-width, initial-scale=1")]
    [TestCase("width=device-width, maximum-scale=2")]
    [TestCase("width=device-width, maximum-scale=5, user-scalable=yes")]
    [TestCase("width=device-width, user-scalable=1")]
    [TestCase("")]
    public void ContentThatAllowsZoomIsNot(string content) => Assert.That(ZoomBlockedCheck.Judge(Meta(content), onlyOne: true), Is.Null);

    [Test]
    public void ParsesKeysCaseInsensitivelyWithEitherSeparator()
    {
        var settings = ZoomBlockedCheck.ParseContent(" Width = device-width ;Maximum-Scale=1.0, user-scalable = 'no' ");
        Assert.That(settings["width"], Is.EqualTo("device-width"));
        Assert.That(settings["maximum-scale"], Is.EqualTo("1.0"));
        Assert.That(settings["user-scalable"], Is.EqualTo("no"));
    }
}
