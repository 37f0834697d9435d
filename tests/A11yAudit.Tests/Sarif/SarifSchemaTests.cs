using A11yAudit.Core.Model;
using A11yAudit.Reports.Sarif;
using A11yAudit.Tests.Baselines;
using A11yAudit.Tests.Shared;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Sarif;

/// <summary>results.sarif validates against the OASIS SARIF 2.1.0 schema (../shared/schemas), whatever the audit holds.</summary>
public sealed class SarifSchemaTests
{
    private static IEnumerable<TestCaseData> Audits()
    {
        var before = Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint"))));
        yield return new TestCaseData(Audit()).SetName("EmptyAudit");
        yield return new TestCaseData(before).SetName("WithoutBaseline");
        yield return new TestCaseData(CiRuns.Judged(
            Audit(
                Page("/", Violation("label", Impact.Critical, Node("#reason")), Review("color-contrast", Impact.Serious, Node("p.faint"))),
                Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint"))),
                Page("/frame", Violation("label", null) with { Nodes = [Node("#in-frame") with { Target = new ElementTarget([["iframe#booking"], ["#in-frame"]]) }] }),
                Failed("/slow")),
            before)).SetName("WithBaselineNewFixedReviewFramesAndAFailedPage");
        yield return new TestCaseData(Audit(Page("/<script>?q=\"x\"&r=|`",
            Violation("link-name", Impact.Serious, Node("a[href=\"javascript:alert(1)\"]", "<a href=\"javascript:alert(1)\">\u0001\u001b</a>")) with { Help = "**bold** <b>|x|</b>", HelpUrl = "javascript:alert(1)" }))).SetName("HostileContent");
    }

    [TestCaseSource(nameof(Audits))]
    public async Task Sarif_ValidatesAgainstTheSchema(Core.Results.AuditResults audit)
    {
        var schema = await SarifSchema.LoadOrIgnoreAsync();

        var errors = SarifSchema.Validate(schema, SarifWriter.Build(audit).ToJsonString());

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task TheValidator_RejectsABrokenLog()
    {
        var schema = await SarifSchema.LoadOrIgnoreAsync();
        var sarif = SarifWriter.Build(Audit(Page("/", Violation("image-alt", Impact.Critical))));
        sarif["runs"]![0]!["results"]![0]!["level"] = "fatal";

        Assert.That(SarifSchema.Validate(schema, sarif.ToJsonString()), Is.Not.Empty, "a validator that accepts anything proves nothing");
    }
}
