using System.Text.Json.Nodes;
using A11yAudit.Core.Model;
using A11yAudit.Reports.Sarif;
using A11yAudit.Tests.Baselines;
using A11yAudit.Tests.Reports;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Sarif;

public sealed class SarifWriterTests
{
    private static readonly Core.Results.AuditResults Before = Audit(
        Page("/", Violation("image-alt", Impact.Critical, Node("img.banner", "<img class=\"banner\" src=\"/flu.svg\">"))),
        Page("/book"));

    private static readonly Core.Results.AuditResults Now = CiRuns.Judged(
        Audit(
            Page("/", Violation("image-alt", Impact.Critical, Node("img.banner", "<img class=\"banner\" src=\"/flu.svg\">")), Review("color-contrast", Impact.Serious, Node("p.faint"))),
            Page("/book", Violation("region", Impact.Moderate, Node("div.content")), Violation("heading-order", Impact.Minor, Node("h4")))),
        Before);

    private static JsonObject Run => (JsonObject)SarifWriter.Build(Now)["runs"]![0]!;

    private static JsonObject ResultFor(string ruleId) => (JsonObject)Run["results"]!.AsArray().First(r => (string)r!["ruleId"]! == ruleId)!;

    [Test]
    public void Log_Is210WithTheOasisSchema()
    {
        var log = SarifWriter.Build(Now);

        Assert.That((string)log["version"]!, Is.EqualTo("2.1.0"));
        Assert.That((string)log["$schema"]!, Does.EndWith("sarif-schema-2.1.0.json"));
    }

    [Test]
    public void Driver_NamesTheToolAndAxe_AndDescribesEachRule()
    {
        var tool = Run["tool"]!;
        var rule = tool["driver"]!["rules"]!.AsArray().Single(r => (string)r!["id"]! == "image-alt")!;

        Assert.Multiple(() =>
        {
            Assert.That((string)tool["driver"]!["name"]!, Is.EqualTo("A11yAudit"));
            Assert.That((string)tool["extensions"]![0]!["version"]!, Is.EqualTo("4.14.0"));
            Assert.That((string)rule["shortDescription"]!["text"]!, Is.EqualTo("Help for image-alt"));
            Assert.That((string)rule["helpUri"]!, Is.EqualTo("https://dequeuniversity.com/rules/axe/4.14/image-alt"));
            Assert.That((string)rule["help"]!["markdown"]!, Does.Contain("[How to fix it](https://dequeuniversity.com/rules/axe/4.14/image-alt)"));
            Assert.That(rule["properties"]!["tags"]!.AsArray().Select(t => (string)t!), Does.Contain("accessibility").And.Contain("WCAG 4.1.2"));
            Assert.That((string)rule["defaultConfiguration"]!["level"]!, Is.EqualTo("error"));
        });
    }

    [TestCase("image-alt", "error")]
    [TestCase("region", "warning")]
    [TestCase("heading-order", "note")]
    public void Level_FollowsImpact(string ruleId, string level) =>
        Assert.That((string)ResultFor(ruleId)["level"]!, Is.EqualTo(level));

    [Test]
    public void NeedsReview_IsAReviewResultWithLevelNone()
    {
        var review = ResultFor("color-contrast");

        Assert.That(((string)review["kind"]!, (string)review["level"]!), Is.EqualTo(("review", "none")));
        Assert.That(review["baselineState"], Is.Null, "baselines hold confirmed violations only");
    }

    [Test]
    public void Result_LocatesThePageAndElement_WithFingerprint()
    {
        var result = ResultFor("image-alt");
        var location = result["locations"]![0]!;
        var fingerprint = Now.Pages.Single(p => p.Url == Origin + "/").Findings.First(f => f.RuleId == "image-alt").Nodes[0].Fingerprint;

        Assert.Multiple(() =>
        {
            Assert.That((string)location["physicalLocation"]!["artifactLocation"]!["uri"]!, Is.EqualTo("./"));
            Assert.That((string)location["physicalLocation"]!["artifactLocation"]!["uriBaseId"]!, Is.EqualTo("SITE"));
            Assert.That((string)Run["originalUriBaseIds"]!["SITE"]!["uri"]!, Is.EqualTo(Origin + "/"));
            Assert.That((string)location["physicalLocation"]!["region"]!["snippet"]!["text"]!, Is.EqualTo("<img class=\"banner\" src=\"/flu.svg\">"));
            Assert.That((string)location["logicalLocations"]![0]!["fullyQualifiedName"]!, Is.EqualTo("img.banner"));
            Assert.That((string)result["partialFingerprints"]!["a11yaudit/v1"]!, Is.EqualTo(fingerprint));
            Assert.That((string)result["message"]!["text"]!, Does.Contain("img.banner").And.Contain("Help for image-alt"));
        });
    }

    [Test]
    public void PageBelowTheRoot_IsARelativePath() =>
        Assert.That((string)ResultFor("region")["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, Is.EqualTo("book"));

    [Test]
    public void BaselineState_MarksNewAndUnchanged()
    {
        Assert.That((string)ResultFor("region")["baselineState"]!, Is.EqualTo("new"));
        Assert.That((string)ResultFor("image-alt")["baselineState"]!, Is.EqualTo("unchanged"));
    }

    [Test]
    public void WithoutBaseline_NoBaselineState() =>
        Assert.That(((JsonObject)SarifWriter.Build(Before)["runs"]![0]!)["results"]![0]!["baselineState"], Is.Null);

    [Test]
    public void FailedPage_IsANotification()
    {
        var run = (JsonObject)SarifWriter.Build(Audit(Page("/"), Failed("/slow")))["runs"]![0]!;

        Assert.That((string)run["invocations"]![0]!["toolExecutionNotifications"]![0]!["message"]!["text"]!, Does.StartWith("/slow was not scanned"));
    }

    [Test]
    public void OwnChecks_AreNamespacedSoTheyNeverClashWithAxe()
    {
        var audit = Audit(Page("/", Violation("reflow", Impact.Serious) with { Source = "a11yaudit" }));

        Assert.That((string)SarifWriter.Build(audit)["runs"]![0]!["results"]![0]!["ruleId"]!, Is.EqualTo("a11yaudit/reflow"));
    }

    [Test]
    public async Task WriteAsync_WritesResultsSarif()
    {
        using var temp = new TempDirectory();

        var path = await SarifWriter.WriteAsync(Now, temp.Path);

        Assert.That(Path.GetFileName(path), Is.EqualTo("results.sarif"));
        Assert.That(JsonNode.Parse(await File.ReadAllTextAsync(path))!["version"]!.GetValue<string>(), Is.EqualTo("2.1.0"));
    }
}
