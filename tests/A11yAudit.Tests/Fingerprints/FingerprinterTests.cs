using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Model;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Fingerprints;

/// <summary>A different problem gets a different fingerprint; the same one on another record of a template does not.</summary>
public sealed class FingerprinterTests
{
    private static readonly Fingerprinter Fingerprinter = new();

    private static string Of(string page, Finding finding) => Fingerprinter.Identify(page, finding, finding.Nodes[0]).Fingerprint;

    private static Finding Label(string selector = "#reason", string html = "<input id=\"reason\" name=\"reason\">", string rule = "label") =>
        TestAudits.Violation(rule, Impact.Critical, TestAudits.Node(selector, html));

    [Test]
    public void Fingerprint_Is16LowerCaseHexCharacters() =>
        Assert.That(Of("https://gp.example/", Label()), Does.Match("^[0-9a-f]{16}$"));

    [Test]
    public void AnotherRule_AnotherFingerprint() =>
        Assert.That(Of("https://gp.example/", Label(rule: "label-title-only")), Is.Not.EqualTo(Of("https://gp.example/", Label())));

    [Test]
    public void AnotherElement_AnotherFingerprint() =>
        Assert.That(Of("https://gp.example/", Label("#other", "<input id=\"other\" name=\"other\">")), Is.Not.EqualTo(Of("https://gp.example/", Label())));

    [Test]
    public void AnotherPageTemplate_AnotherFingerprint() =>
        Assert.That(Of("https://gp.example/book/step-2.html", Label()), Is.Not.EqualTo(Of("https://gp.example/book/step-3.html", Label())));

    [Test]
    public void AnotherRecordOfTheSameTemplate_SameFingerprint() =>
        Assert.That(Of("https://gp.example/patients/2", Label()), Is.EqualTo(Of("https://gp.example/patients/1", Label())));

    [Test]
    public void NeedsReviewAndViolation_AreDifferentProblems()
    {
        var review = Label() with { Outcome = FindingOutcome.NeedsReview };
        Assert.That(Of("https://gp.example/", review), Is.Not.EqualTo(Of("https://gp.example/", Label())));
    }

    [Test]
    public void ElementInAFrame_DiffersFromTheSameSelectorOnThePage()
    {
        var framed = Label() with { Nodes = [TestAudits.Node("#reason", "<input id=\"reason\" name=\"reason\">") with { Target = new ElementTarget([["iframe"], ["#reason"]]) }] };
        Assert.That(Of("https://gp.example/", framed), Is.Not.EqualTo(Of("https://gp.example/", Label())));
    }

    [Test]
    public void Apply_SetsEveryNodeAndDoesNotDependOnPageOrder()
    {
        var a = TestAudits.Page("https://gp.example/a", 0, Label(), TestAudits.Review("color-contrast", Impact.Serious, TestAudits.Node("p.hint")));
        var b = TestAudits.Page("https://gp.example/b", 1, Label());

        var forward = Fingerprinter.Apply(TestAudits.Results(a, b));
        var backward = Fingerprinter.Apply(TestAudits.Results(b, a));

        var nodes = forward.Pages.SelectMany(p => p.Findings).SelectMany(f => f.Nodes).ToList();
        Assert.That(nodes.Select(n => n.Fingerprint), Has.All.Not.Null);
        Assert.That(
            backward.Pages.OrderBy(p => p.Url, StringComparer.Ordinal).SelectMany(p => p.Findings).SelectMany(f => f.Nodes).Select(n => n.Fingerprint),
            Is.EqualTo(nodes.Select(n => n.Fingerprint)));
    }
}
