using A11yAudit.Core.Baselines;
using A11yAudit.Core.Model;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Baselines;

public sealed class BaselineEntriesTests
{
    [Test]
    public void OnlyConfirmedViolationsOfScannedPages_AreEntries()
    {
        var audit = Audit(
            Page("/", Violation("image-alt", Impact.Critical), Review("color-contrast", Impact.Serious)),
            Failed("/broken"));

        var entries = BaselineEntries.From(audit, Fingerprinter);

        Assert.That(entries.Select(e => e.RuleId), Is.EqualTo(new[] { "image-alt" }));
    }

    [Test]
    public void Entry_CarriesRulePagePatternNormalisedElementAndBlockedGroups()
    {
        var audit = Audit(Page("/patients/42", Violation("label", Impact.Critical, Node("#reason-1a2b3c", "<input id=\"reason-1a2b3c\" type=\"text\">"))));

        var entry = BaselineEntries.From(audit, Fingerprinter).Single();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Page, Is.EqualTo("/patients/{n}"));
            Assert.That(entry.Selector, Is.EqualTo("#reason"));
            Assert.That(entry.Element, Is.EqualTo("input[id=\"reason\"][type=\"text\"]"));
            Assert.That(entry.Impact, Is.EqualTo(Impact.Critical));
            Assert.That(entry.Blocks, Is.EqualTo(new[] { "screen-reader" }));
            Assert.That(entry.Url, Is.EqualTo(Origin + "/patients/42"));
            Assert.That(entry.Target, Is.EqualTo("#reason-1a2b3c"));
            Assert.That(entry.Fingerprint, Is.EqualTo(audit.Pages[0].Findings[0].Nodes[0].Fingerprint));
        });
    }

    [Test]
    public void Count_IsTheMostOnOnePage_NotTheSumOverRecordsOfATemplate()
    {
        var twoOnOnePage = Violation("label", Impact.Critical, Node("li:nth-child(1) > input", "<input>"), Node("li:nth-child(2) > input", "<input>"));
        var audit = Audit(Page("/patients/1", twoOnOnePage), Page("/patients/2", twoOnOnePage), Page("/patients/3", twoOnOnePage));

        var entry = BaselineEntries.From(audit, Fingerprinter).Single();

        Assert.That(entry.Count, Is.EqualTo(2));
    }

    [Test]
    public void Entries_AreSortedByPageRuleAndSelector()
    {
        var audit = Audit(
            Page("/b", Violation("label", Impact.Critical, Node("#z")), Violation("image-alt", Impact.Critical)),
            Page("/a", Violation("label", Impact.Critical, Node("#y"), Node("#x"))));

        var entries = BaselineEntries.From(audit, Fingerprinter);

        Assert.That(entries.Select(e => $"{e.Page} {e.RuleId} {e.Selector}"), Is.EqualTo(new[] { "/a label #x", "/a label #y", "/b image-alt #image-alt", "/b label #z" }));
    }
}
