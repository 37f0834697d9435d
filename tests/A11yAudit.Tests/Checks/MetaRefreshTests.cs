using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class MetaRefreshTests
{
    [TestCase("300; url=/signed-out", 300, "/signed-out")]
    [TestCase("  5 ,URL = 'https://example.org/a?b=1' ", 5, "https://example.org/a?b=1")]
    [TestCase("10;http://example.org/", 10, "http://example.org/")]
    [TestCase("2.5; url=\"/x\"", 2, "/x")]
    [TestCase("60", 60, null)]
    [TestCase(".5", 0, null)]
    public void ParsesDelayAndUrl(string content, double delay, string? url)
    {
        var refresh = MetaRefresh.Parse(content);
        Assert.That(refresh, Is.EqualTo(new MetaRefresh(delay, url)));
    }

    [TestCase("")]
    [TestCase("url=/x")]
    [TestCase("soon")]
    public void IgnoresWhatBrowsersIgnore(string content) => Assert.That(MetaRefresh.Parse(content), Is.Null);

    [TestCase("0; url=/moved", false)]
    [TestCase("1; url=/moved", true)]
    [TestCase("1200", true)]
    [TestCase("71999", true)]
    [TestCase("72000", false)]
    public void TimeLimitIsAPositiveDelayUnderTwentyHours(string content, bool isTimeLimit) =>
        Assert.That(MetaRefresh.Parse(content)!.IsTimeLimit, Is.EqualTo(isTimeLimit));
}
