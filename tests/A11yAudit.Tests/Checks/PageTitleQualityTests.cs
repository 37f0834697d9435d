using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Checks;

public sealed class PageTitleQualityTests
{
    private const string Site = "https://clinic.example/";

    private static PageResult Page(string path, string? title, PageOutcome outcome = PageOutcome.Scanned, string? finalPath = null) => new()
    {
        Url = Site + path,
        FinalUrl = finalPath is null ? null : Site + finalPath,
        Title = title,
        Outcome = outcome,
        Viewport = "mobile",
    };

    private static Dictionary<string, Finding> Run(params PageResult[] pages) =>
        new PageTitleQualityCheck().Run(pages.Select(SitePage.Of).ToList()).ToDictionary(r => r.PageUrl[Site.Length..], r => r.Finding);

    [Test]
    public void DistinctDescriptiveTitlesPass() =>
        Assert.That(Run(
            Page("", "Home – Riverside Health"),
            Page("help.html", "Help and contact – Riverside Health"),
            Page("letters.html", "Your letters – Riverside Health")), Is.Empty);

    [Test]
    public void PagesSharingATitleAreNeedsReviewListingEachOther()
    {
        var results = Run(
            Page("", "Home – Riverside Health"),
            Page("find.html", "Your letters – Riverside Health"),
            Page("letters.html", "your letters –  Riverside Health"));

        Assert.That(results.Keys, Is.EquivalentTo(new[] { "find.html", "letters.html" }));
        var finding = results["find.html"];
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo("page-title-quality"));
            Assert.That(finding.Source, Is.EqualTo("a11yaudit"));
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.4.2" }));
            Assert.That(finding.Viewport, Is.EqualTo("mobile"));
            Assert.That(node.Target.Display, Is.EqualTo("title"));
            Assert.That(node.Evidence!["kind"], Is.EqualTo("duplicate"));
            Assert.That(node.Evidence["otherPages"], Is.EqualTo(Site + "letters.html"));
            Assert.That(node.Evidence["duplicateCount"], Is.EqualTo("2"));
        });
    }

    [Test]
    public void HomeOnAnotherPageAndTheBareSiteNameAreGeneric()
    {
        var results = Run(
            Page("", "Home – Riverside Health"),
            Page("find.html", "Home | Riverside Health"),
            Page("about.html", "Riverside Health"),
            Page("help.html", "Help – Riverside Health"),
            Page("untitled.html", "Untitled document"));

        Assert.Multiple(() =>
        {
            Assert.That(results["find.html"].Nodes[0].Evidence!["kind"], Is.EqualTo("generic, duplicate"));
            Assert.That(results["find.html"].Nodes[0].Evidence!["siteName"], Is.EqualTo("Riverside Health"));
            Assert.That(results[""].Nodes[0].Evidence!["kind"], Is.EqualTo("duplicate"), "Home is a fine title for the home page; only the duplicate counts");
            Assert.That(results["about.html"].Nodes[0].FailureSummary, Does.Contain("only the site's name"));
            Assert.That(results["untitled.html"].Nodes[0].Evidence!["kind"], Is.EqualTo("generic"));
            Assert.That(results, Does.Not.ContainKey("help.html"));
        });
    }

    [Test]
    public void RedirectsToTheSameDocumentAndUnscannedOrUntitledPagesAreIgnored() =>
        Assert.That(Run(
            Page("", "Home – Riverside Health"),
            Page("index.html", "Home – Riverside Health"),
            Page("old-help.html", "Help – Riverside Health", finalPath: "help.html"),
            Page("help.html", "Help – Riverside Health"),
            Page("broken.html", "Help – Riverside Health", PageOutcome.LoadFailed),
            Page("blank.html", "  "),
            Page("none.html", null)), Is.Empty);

    [Test]
    public void SiteNameNeedsHalfThePages()
    {
        Assert.That(PageTitleQualityCheck.SiteName(["A – Site", "B – Site", "C – Other"]), Is.EqualTo("Site"));
        Assert.That(PageTitleQualityCheck.SiteName(["A – Site", "B – Other", "C – Third", "D"]), Is.Null);
        Assert.That(PageTitleQualityCheck.SiteName(["Only one – Site"]), Is.Null);
    }

    [Test]
    public void SiteChecksAddFindingsToTheirPagesAndRespectDisabledIds()
    {
        var pages = new[] { Page("a.html", "Same"), Page("b.html", "Same"), Page("c.html", "Other") };
        var applied = SiteChecks.Apply(pages, [new PageTitleQualityCheck()], new HashSet<string>());
        Assert.That(applied.Select(p => p.Findings.Count), Is.EqualTo(new[] { 1, 1, 0 }));
        Assert.That(applied[2], Is.SameAs(pages[2]));

        var disabled = SiteChecks.Apply(pages, [new PageTitleQualityCheck()], new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Page-Title-Quality" });
        Assert.That(disabled.SelectMany(p => p.Findings), Is.Empty);
    }

    [Test]
    public void RegistryFindsThePageTitleCheck() =>
        Assert.That(SiteCheckRegistry.All.Select(c => c.Id), Does.Contain("page-title-quality"));
}
