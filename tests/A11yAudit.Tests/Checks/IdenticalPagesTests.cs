using A11yAudit.Browser.Check;

namespace A11yAudit.Tests.Checks;

public sealed class IdenticalPagesTests
{
    private const string Html = "<html><body><h1>Hi</h1></body></html>";

    private static CheckedPage Checked(string url) => new(url, [], [], ["image-alt"], [], [], "t", null);

    [Test]
    public void KeyIgnoresQueryAndFileNameButNotFolderViewportOrMarkup()
    {
        var key = IdenticalPages.KeyOf(new Uri("https://x.test/care/list?sort=a"), "mobile", Html);
        Assert.Multiple(() =>
        {
            Assert.That(IdenticalPages.KeyOf(new Uri("https://x.test/care/list?sort=b"), "mobile", Html), Is.EqualTo(key));
            Assert.That(IdenticalPages.KeyOf(new Uri("https://x.test/care/index.html"), "mobile", Html), Is.EqualTo(key));
            Assert.That(IdenticalPages.KeyOf(new Uri("https://x.test/other/list?sort=a"), "mobile", Html), Is.Not.EqualTo(key));
            Assert.That(IdenticalPages.KeyOf(new Uri("https://y.test/care/list?sort=a"), "mobile", Html), Is.Not.EqualTo(key));
            Assert.That(IdenticalPages.KeyOf(new Uri("https://x.test/care/list?sort=a"), "mobile,desktop", Html), Is.Not.EqualTo(key));
            Assert.That(IdenticalPages.KeyOf(new Uri("https://x.test/care/list?sort=a"), "mobile", Html.Replace("Hi", "Ho", StringComparison.Ordinal)), Is.Not.EqualTo(key));
        });
    }

    [Test]
    public async Task FirstClaimLeadsAndTwinsGetItsResult()
    {
        var pages = new IdenticalPages();
        var first = pages.ClaimFor("k");
        var twin = pages.ClaimFor("k");
        Assert.That((first.IsFirst, twin.IsFirst, twin.Earlier.IsCompleted), Is.EqualTo((true, false, false)));
        pages.Complete("k", Checked("https://x.test/a"));
        Assert.That((await twin.Earlier)?.Url, Is.EqualTo("https://x.test/a"));
    }

    [Test]
    public async Task AbandonedClaimReleasesTwinsAndTheNextPageLeadsAgain()
    {
        var pages = new IdenticalPages();
        pages.ClaimFor("k");
        var twin = pages.ClaimFor("k");
        pages.Abandon("k");
        Assert.Multiple(async () =>
        {
            Assert.That(await twin.Earlier, Is.Null);
            Assert.That(pages.ClaimFor("k").IsFirst, Is.True);
        });
    }

    [Test]
    public void OnlyTheMostRecentPagesAreRemembered()
    {
        var pages = new IdenticalPages(capacity: 2);
        foreach (var key in new[] { "a", "b", "c" })
        {
            pages.ClaimFor(key);
            pages.Complete(key, Checked(key));
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages.ClaimFor("a").IsFirst, Is.True, "forgotten: checked again");
            Assert.That(pages.ClaimFor("c").IsFirst, Is.False);
        });
    }
}
