using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class ColourAloneCheckTests
{
    [Test]
    public async Task RedOnlyErrorRequiredLabelAndInvalidBorderAreNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new ColourAloneCheck(), "colour-alone/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "1.4.1" }));
        var byKind = finding.Nodes.ToDictionary(n => n.Evidence!["kind"], n => n.Target.Display);
        Assert.That(byKind, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["error-colour-only"] = "#time-error",
            ["required-colour-only"] = "label.label--required",
            ["field-colour-only"] = "#phone",
        }), FindingsText.Describe(findings));
        Assert.That(finding.Nodes.Single(n => n.Evidence!["kind"] == "error-colour-only").Evidence!["color"], Is.EqualTo("rgb(213, 40, 27)"));
    }

    [Test]
    public async Task ErrorsWithTextBoldAndBorderCuesAreSilent()
    {
        var findings = await CheckHarness.RunAsync(new ColourAloneCheck(), "colour-alone/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }
}
