using A11yAudit.Core.Urls;

namespace A11yAudit.Tests.Urls;

public sealed class UrlNormalizerTests
{
    private readonly UrlNormalizer _normalizer = new(["utm_*", "gclid"]);

    [TestCase("https://Example.ORG/a#frag", "https://example.org/a")]
    [TestCase("https://example.org:443/a", "https://example.org/a")]
    [TestCase("http://example.org:80/", "http://example.org/")]
    [TestCase("http://example.org:8080/", "http://example.org:8080/")]
    [TestCase("https://example.org", "https://example.org/")]
    [TestCase("https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2")]
    [TestCase("https://example.org/a?utm_source=x&b=2&utm_medium=y", "https://example.org/a?b=2")]
    [TestCase("https://example.org/a?gclid=123", "https://example.org/a")]
    [TestCase("https://example.org/a?", "https://example.org/a")]
    [TestCase("https://example.org/a?flag&b=1", "https://example.org/a?b=1&flag")]
    [TestCase("https://example.org/a%20b", "https://example.org/a%20b")]
    public void Normalises(string input, string expected) =>
        Assert.That(_normalizer.NormalizeToString(new Uri(input)), Is.EqualTo(expected));

    [Test]
    public void SameQueryInAnyOrderIsOneUrl() =>
        Assert.That(_normalizer.NormalizeToString(new Uri("https://x.org/p?c=3&a=1&b=2")),
            Is.EqualTo(_normalizer.NormalizeToString(new Uri("https://x.org/p?b=2&c=3&a=1"))));

    [TestCase("/b", "https://x.org/b")]
    [TestCase("c", "https://x.org/a/c")]
    [TestCase("../d#x", "https://x.org/d")]
    [TestCase("https://y.org/e", "https://y.org/e")]
    public void ResolvesRelativeLinks(string href, string expected) =>
        Assert.That(_normalizer.Resolve(new Uri("https://x.org/a/page"), href)?.AbsoluteUri, Is.EqualTo(expected));

    [TestCase("mailto:a@b.org")]
    [TestCase("javascript:alert(1)")]
    [TestCase("tel:0123")]
    [TestCase("")]
    [TestCase("   ")]
    public void IgnoresNonHttpLinks(string href) =>
        Assert.That(_normalizer.Resolve(new Uri("https://x.org/"), href), Is.Null);

    [Test]
    public void RejectsRelativeInput() =>
        Assert.Throws<ArgumentException>(() => _normalizer.Normalize(new Uri("/relative", UriKind.Relative)));
}
