using A11yAudit.Reports.Html;

namespace A11yAudit.Tests.Reports;

[TestFixture]
public sealed class SafeUrlTests
{
    [TestCase("https://example.test/a?b=c#d")]
    [TestCase("http://example.test/")]
    [TestCase("HTTPS://EXAMPLE.TEST/")]
    [TestCase("file:///home/me/report/index.html")]
    [TestCase("#violations")]
    [TestCase("/relative/path")]
    [TestCase("relative/path?x=1")]
    [TestCase("//example.test/scheme-relative")]
    [TestCase("?query-only")]
    [TestCase("&#106;avascript:alert(1)")] // Entity text stays text once escaped: the browser sees a relative URL.
    public void Allows_web_and_relative_urls(string url) =>
        Assert.That(SafeUrl.Sanitize(url), Is.EqualTo(url));

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase("  javascript:alert(1)")]
    [TestCase("\u0000javascript:alert(1)")]
    [TestCase("java\tscript:alert(1)")]
    [TestCase("java\nscript:alert(1)")]
    [TestCase("java\rscript:alert(1)")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("blob:https://example.test/uuid")]
    [TestCase("mailto:someone@example.test")]
    [TestCase("x-custom+scheme.1:anything")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Maps_everything_else_to_a_harmless_anchor(string? url) =>
        Assert.That(SafeUrl.Sanitize(url), Is.EqualTo("#"));

    [Test]
    public void Trims_every_leading_control_character()
    {
        // Not a [TestCase]: test filters cannot match a name containing U+0001..U+001F, so it would not run.
        foreach (var c in Enumerable.Range(0, 0x20).Select(i => (char)i))
        {
            Assert.That(SafeUrl.Sanitize(c + "javascript:alert(1)"), Is.EqualTo("#"), $"U+{(int)c:X4}");
        }
    }

    [Test]
    public void Removes_the_characters_browsers_ignore()
    {
        Assert.That(SafeUrl.Sanitize(" https://exa\tmple.test/\n "), Is.EqualTo("https://example.test/"));
    }
}
