using A11yAudit.Browser.Discover;

namespace A11yAudit.Tests.Discover;

public sealed class SitemapReaderTests
{
    [Test]
    public void ReadsUrlSet()
    {
        var (pages, sitemaps) = SitemapReader.Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc> https://x.org/a </loc><lastmod>2024-01-01</lastmod></url>
              <url><loc>https://x.org/b?x=1&amp;y=2</loc></url>
            </urlset>
            """);
        Assert.That(pages, Is.EqualTo(new[] { "https://x.org/a", "https://x.org/b?x=1&y=2" }));
        Assert.That(sitemaps, Is.Empty);
    }

    [Test]
    public void ReadsSitemapIndex()
    {
        var (pages, sitemaps) = SitemapReader.Parse("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://x.org/s1.xml</loc></sitemap>
              <sitemap><loc>https://x.org/s2.xml</loc></sitemap>
            </sitemapindex>
            """);
        Assert.That(pages, Is.Empty);
        Assert.That(sitemaps, Is.EqualTo(new[] { "https://x.org/s1.xml", "https://x.org/s2.xml" }));
    }

    [Test]
    public void MalformedXmlGivesNothing() => Assert.That(SitemapReader.Parse("<html>not a sitemap").Pages, Is.Empty);
}
