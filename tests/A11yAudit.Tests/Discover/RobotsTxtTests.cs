using A11yAudit.Browser.Discover;

namespace A11yAudit.Tests.Discover;

public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path) => RobotsTxt.Parse(robots).IsAllowed(new Uri("https://x.org" + path));

    [Test]
    public void DisallowPrefix()
    {
        const string robots = "User-agent: *\nDisallow: /private/\n";
        Assert.Multiple(() =>
        {
            Assert.That(Allowed(robots, "/private/a"), Is.False);
            Assert.That(Allowed(robots, "/public"), Is.True);
            Assert.That(Allowed(robots, "/privateer"), Is.True);
        });
    }

    [Test]
    public void LongestMatchWinsAndAllowWinsTies()
    {
        const string robots = "User-agent: *\nDisallow: /a/\nAllow: /a/open/\nDisallow: /b\nAllow: /b\n";
        Assert.Multiple(() =>
        {
            Assert.That(Allowed(robots, "/a/x"), Is.False);
            Assert.That(Allowed(robots, "/a/open/x"), Is.True);
            Assert.That(Allowed(robots, "/b"), Is.True);
        });
    }

    [Test]
    public void WildcardsAndEndAnchor()
    {
        const string robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n";
        Assert.Multiple(() =>
        {
            Assert.That(Allowed(robots, "/files/a.pdf"), Is.False);
            Assert.That(Allowed(robots, "/files/a.pdf?x=1"), Is.True);
            Assert.That(Allowed(robots, "/search?q=flu"), Is.False);
        });
    }

    [Test]
    public void OwnGroupBeatsStarGroup()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: A11yAudit\nDisallow: /admin\n";
        Assert.Multiple(() =>
        {
            Assert.That(Allowed(robots, "/page"), Is.True);
            Assert.That(Allowed(robots, "/admin"), Is.False);
        });
    }

    [Test]
    public void EmptyDisallowAllowsEverything() => Assert.That(Allowed("User-agent: *\nDisallow:\n", "/x"), Is.True);

    [Test]
    public void GroupsWithSeveralAgents()
    {
        const string robots = "User-agent: googlebot\nUser-agent: a11yaudit\nDisallow: /x\n";
        Assert.That(Allowed(robots, "/x"), Is.False);
    }

    [Test]
    public void SitemapsAndCrawlDelay()
    {
        var robots = RobotsTxt.Parse("Sitemap: https://x.org/sitemap.xml\nUser-agent: *\nCrawl-delay: 2.5\n# comment\n");
        Assert.Multiple(() =>
        {
            Assert.That(robots.Sitemaps, Is.EqualTo(new[] { "https://x.org/sitemap.xml" }));
            Assert.That(robots.CrawlDelay, Is.EqualTo(TimeSpan.FromSeconds(2.5)));
        });
    }
}
