using A11yAudit.Core.Fingerprints;

namespace A11yAudit.Tests.Fingerprints;

public sealed class SnippetNormalizerTests
{
    [TestCase("<input type=\"text\" name=\"email\" id=\"email\">", "input[id=\"email\"][name=\"email\"][type=\"text\"]", TestName = "attributes sorted")]
    [TestCase("<INPUT NAME='email'\n   TYPE=text>", "input[name=\"email\"][type=\"text\"]", TestName = "case, quotes and whitespace")]
    [TestCase("<img src=\"/a.png\" alt=\"\">", "img[alt=\"\"][src=\"/a.png\"]", TestName = "empty alt is kept")]
    [TestCase("<img src=\"/a.png\" alt=\"Flu clinic\">", "img[alt][src=\"/a.png\"]", TestName = "alt text counts by presence")]
    [TestCase("<img src=\"/a.png\">", "img[src=\"/a.png\"]", TestName = "missing alt")]
    [TestCase("<a href=\"https://other.example:8080/help/?x=1#top\" target=\"_blank\">Help</a>", "a[href=\"/help#top\"]", TestName = "href keeps path and fragment")]
    [TestCase("<a href=\"mailto:gp@example.org\">Email</a>", "a[href=\"mailto:\"]", TestName = "mailto")]
    [TestCase("<div style=\"color:red\" data-testid=\"x\" onclick=\"go()\" _ngcontent-abc-c1=\"\">x</div>", "div", TestName = "non-identifying attributes dropped")]
    [TestCase("<button disabled aria-expanded=\"false\" aria-label=\"Menu\">", "button[aria-expanded=\"false\"][aria-label][disabled]", TestName = "flags and aria")]
    [TestCase("<div role=\"slider\" aria-valuenow=\"37\">", "div[aria-valuenow=\"#\"][role=\"slider\"]", TestName = "counts")]
    [TestCase("<label for=\"input-1a2b3c\">", "label[for=\"input\"]", TestName = "id references")]
    [TestCase("<p class=\"hint jsx-1\" class=\"other\">", "p[class=\"hint jsx\"]", TestName = "first duplicate wins")]
    [TestCase("<input value=\"a very long value that axe cut sho", "input", TestName = "cut short")]
    [TestCase("text only", "", TestName = "not a tag")]
    public void Normalize(string html, string expected) =>
        Assert.That(SnippetNormalizer.Normalize(html), Is.EqualTo(expected));
}
