using System.Xml.Linq;
using A11yAudit.Core.Model;
using A11yAudit.Reports.JUnit;
using A11yAudit.Tests.Baselines;
using A11yAudit.Tests.Reports;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.JUnit;

/// <summary>junit.xml parses as XML; its counts add up: a suite per page, a case per check.</summary>
public sealed class JUnitWriterTests
{
    private static readonly Core.Results.AuditResults Audited = CiRuns.Judged(
        Audit(
            // Page() passes document-title and html-has-lang on every page.
            Page("/", Violation("image-alt", Impact.Critical, Node("img.a"), Node("img.b")), Review("color-contrast", Impact.Serious, Node("p.faint"))),
            Page("/book", Violation("label", Impact.Critical, Node("#reason"))),
            Failed("/slow"),
            new PageResult { Url = Origin + "/letter.pdf", Outcome = PageOutcome.NotHtml, Reason = "application/pdf" }),
        Audit(Page("/", Violation("image-alt", Impact.Critical, Node("img.a"), Node("img.b"))), Page("/book")));

    private static async Task<XDocument> WrittenAndParsedAsync()
    {
        using var temp = new TempDirectory();
        var path = await JUnitWriter.WriteAsync(Audited, temp.Path);
        return XDocument.Load(path);
    }

    [Test]
    public async Task Root_CountsEveryCase()
    {
        var root = (await WrittenAndParsedAsync()).Root!;

        Assert.Multiple(() =>
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
            // "/": image-alt, color-contrast, 2 passed; "/book": label, 2 passed; "/slow" and "/letter.pdf": one case each.
            Assert.That((int)root.Attribute("tests")!, Is.EqualTo(9));
            Assert.That((int)root.Attribute("failures")!, Is.EqualTo(2));
            Assert.That((int)root.Attribute("errors")!, Is.EqualTo(1));
            Assert.That((int)root.Attribute("skipped")!, Is.EqualTo(2));
            Assert.That(root.Descendants("testcase").Count(), Is.EqualTo(9));
        });
    }

    [Test]
    public async Task SuitePerPage_WithItsOwnCounts()
    {
        var suites = (await WrittenAndParsedAsync()).Root!.Elements("testsuite").ToList();
        var home = suites.Single(s => (string)s.Attribute("name")! == "/");

        Assert.That(suites.Select(s => (string)s.Attribute("name")!), Is.EqualTo(new[] { "/", "/book", "/letter.pdf", "/slow" }));
        Assert.That(((int)home.Attribute("tests")!, (int)home.Attribute("failures")!, (int)home.Attribute("skipped")!), Is.EqualTo((4, 1, 1)));
        Assert.That(home.Descendants("property").Single(p => (string)p.Attribute("name")! == "url").Attribute("value")!.Value, Is.EqualTo(Origin + "/"));
    }

    [Test]
    public async Task Failure_NamesImpactHelpElementsAndWhatIsNew()
    {
        var cases = (await WrittenAndParsedAsync()).Descendants("testcase").ToList();
        var imageAlt = cases.Single(c => ((string)c.Attribute("name")!).StartsWith("image-alt", StringComparison.Ordinal)).Element("failure")!;
        var label = cases.Single(c => ((string)c.Attribute("name")!).StartsWith("label", StringComparison.Ordinal)).Element("failure")!;

        Assert.Multiple(() =>
        {
            Assert.That((string)imageAlt.Attribute("message")!, Is.EqualTo("critical: Help for image-alt (2 elements)"));
            Assert.That(imageAlt.Value, Does.Contain("- img.a\n").And.Contain("fingerprint "));
            Assert.That((string)label.Attribute("message")!, Is.EqualTo("critical: Help for label (1 element, 1 new since the baseline)"));
            Assert.That(label.Value, Does.Contain("- #reason [new]"));
            Assert.That((string)label.Attribute("type")!, Is.EqualTo("critical"));
        });
    }

    [Test]
    public async Task PageThatFailedToLoad_IsAnError_AndAPdfIsSkipped()
    {
        var suites = (await WrittenAndParsedAsync()).Root!.Elements("testsuite").ToList();

        Assert.That(suites.Single(s => (string)s.Attribute("name")! == "/slow").Descendants("error").Single().Attribute("message")!.Value, Does.Contain("did not finish loading"));
        Assert.That(suites.Single(s => (string)s.Attribute("name")! == "/letter.pdf").Descendants("skipped").Count(), Is.EqualTo(1));
    }

    [Test]
    public void ControlCharactersFromPages_StillMakeWellFormedXml()
    {
        var hostile = Audit(Page("/", Violation("label", Impact.Critical, Node("#a", "<input value=\"\u0001\u0008\ud800\">")) with { Help = "bad \u001b help" }));

        var xml = JUnitWriter.Build(hostile).ToString();

        Assert.That(() => XDocument.Parse(xml), Throws.Nothing);
    }
}
