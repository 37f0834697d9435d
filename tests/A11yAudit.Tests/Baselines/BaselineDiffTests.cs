using A11yAudit.Core.Baselines;
using A11yAudit.Core.Model;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Baselines;

public sealed class BaselineDiffTests
{
    private static readonly Finding ImageAlt = Violation("image-alt", Impact.Critical);
    private static readonly Finding Contrast = Violation("color-contrast", Impact.Serious, Node("p.hint"));
    private static readonly Finding Label = Violation("label", Impact.Critical, Node("#reason"));

    private static BaselineDiff Diff(Core.Results.AuditResults before, Core.Results.AuditResults now) =>
        BaselineDiff.Compare(BaselineRecorder.Record(before, Fingerprinter), BaselineEntries.From(now, Fingerprinter), BaselineEntries.ScannedPages(now, Fingerprinter));

    [Test]
    public void SameSite_NothingNewNothingFixed()
    {
        var audit = Audit(Page("/", ImageAlt), Page("/book", Contrast));

        var diff = Diff(audit, audit);

        Assert.Multiple(() =>
        {
            Assert.That(diff.New, Is.Empty);
            Assert.That(diff.Fixed, Is.Empty);
            Assert.That(diff.StillPresent, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void ADefectIntroduced_IsNew()
    {
        var diff = Diff(Audit(Page("/", ImageAlt), Page("/book")), Audit(Page("/", ImageAlt), Page("/book", Label)));

        Assert.That(diff.New.Select(e => e.RuleId), Is.EqualTo(new[] { "label" }));
        Assert.That(diff.New[0].Url, Is.EqualTo(Origin + "/book"), "new findings say where they were seen");
    }

    [Test]
    public void ADefectRemoved_IsFixed()
    {
        var diff = Diff(Audit(Page("/", ImageAlt), Page("/book", Contrast)), Audit(Page("/"), Page("/book", Contrast)));

        Assert.That(diff.Fixed.Select(e => e.RuleId), Is.EqualTo(new[] { "image-alt" }));
        Assert.That(diff.New, Is.Empty);
    }

    [Test]
    public void ADefectOnAPageNotScannedThisTime_IsNotRecheckedRatherThanFixed()
    {
        var diff = Diff(Audit(Page("/", ImageAlt), Page("/book", Contrast)), Audit(Page("/", ImageAlt), Failed("/book")));

        Assert.That(diff.NotRechecked.Select(e => e.RuleId), Is.EqualTo(new[] { "color-contrast" }));
        Assert.That(diff.Fixed, Is.Empty);
    }

    [Test]
    public void MoreElementsWithOneFingerprintOnAPage_TheExtraOnesAreNew()
    {
        var one = Violation("label", Impact.Critical, Node("li:nth-child(1) > input", "<input>"));
        var three = Violation("label", Impact.Critical, Node("li:nth-child(1) > input", "<input>"), Node("li:nth-child(2) > input", "<input>"), Node("li:nth-child(3) > input", "<input>"));

        var diff = Diff(Audit(Page("/", one)), Audit(Page("/", three)));

        Assert.That(diff.New.Single().Count, Is.EqualTo(2));
        Assert.That(diff.StillPresent.Single().Count, Is.EqualTo(1));
    }

    [Test]
    public void NoBaseline_EverythingIsNew()
    {
        var audit = Audit(Page("/", ImageAlt, Label));

        var diff = BaselineDiff.Compare(null, BaselineEntries.From(audit, Fingerprinter), BaselineEntries.ScannedPages(audit, Fingerprinter));

        Assert.That(diff.New, Has.Count.EqualTo(2));
    }

    [Test]
    public void NewFindings_AreListedMostSevereFirst()
    {
        var diff = Diff(Audit(Page("/")), Audit(Page("/", Contrast, ImageAlt, Violation("region", Impact.Moderate))));

        Assert.That(diff.New.Select(e => e.Impact), Is.EqualTo(new Impact?[] { Impact.Critical, Impact.Serious, Impact.Moderate }));
    }
}
