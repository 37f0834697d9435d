using A11yAudit.Core.Model;
using A11yAudit.Reports.Ci;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Baselines;

public sealed class BaselineMarksTests
{
    private const string Banner = "<img class=\"banner\" src=\"/flu.svg\">";

    [Test]
    public void AKnownProblemOnMoreElementsOfOnePageIsUpdated_ElsewhereUnchanged_AndANewOneNew()
    {
        var before = Audit(Page("/", Violation("image-alt", Impact.Critical, Node("img.banner", Banner))), Page("/book", Violation("region", Impact.Moderate, Node("div.content"))));
        var now = CiRuns.Judged(
            Audit(
                Page("/", Violation("image-alt", Impact.Critical, Node("img.banner", Banner), Node("img.banner", Banner))),
                Page("/book", Violation("region", Impact.Moderate, Node("div.content")), Violation("heading-order", Impact.Minor, Node("h4")))),
            before);

        var marks = BaselineMarks.From(now);

        Assert.Multiple(() =>
        {
            Assert.That(marks.StateOf(FindingOutcome.Violation, Fingerprint(now, "/", "image-alt")), Is.EqualTo("updated"));
            Assert.That(marks.StateOf(FindingOutcome.Violation, Fingerprint(now, "/book", "region")), Is.EqualTo("unchanged"));
            Assert.That(marks.StateOf(FindingOutcome.Violation, Fingerprint(now, "/book", "heading-order")), Is.EqualTo("new"));
        });
    }

    private static string Fingerprint(Core.Results.AuditResults results, string path, string ruleId) =>
        results.Pages.Single(p => p.Url == Origin + path).Findings.Single(f => f.RuleId == ruleId).Nodes[0].Fingerprint!;
}
