using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Checks;
using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Checks;

public sealed class KeyboardFindingsTests
{
    private static readonly PageCheckContext Context = new(null!, new Uri("https://example.test/"), "<html></html>", new AuditOptions { Name = "t", StartUrls = [new Uri("https://example.test/")], OutputDirectory = "out" }, "mobile");

    private static CheckNode Node(string id, FindingOutcome outcome) =>
        new(KeyboardFindings.Node(["#" + id], "<a>", "summary", new Dictionary<string, string>()), outcome);

    [Test]
    public void NoNodesMeansNoFinding()
    {
        Assert.That(KeyboardFindings.Create(new FocusVisibleCheck(), Context, "d", "https://www.w3.org/", Impact.Serious, []), Is.Empty);
    }

    [Test]
    public void ViolationsAndReviewsBecomeOneFindingEachWithTheCheckIdentity()
    {
        var nodes = new[] { Node("a", FindingOutcome.Violation), Node("b", FindingOutcome.NeedsReview), Node("c", FindingOutcome.Violation) };

        var findings = KeyboardFindings.Create(new FocusVisibleCheck(), Context, "d", "https://www.w3.org/", Impact.Serious, nodes);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => f.Outcome), Is.EqualTo(new[] { FindingOutcome.Violation, FindingOutcome.NeedsReview }));
            Assert.That(findings[0].Nodes.Select(n => n.Target.Display), Is.EqualTo(new[] { "#a", "#c" }));
            Assert.That(findings.Select(f => f.RuleId), Is.All.EqualTo("focus-visible"));
            Assert.That(findings.Select(f => f.Source), Is.All.EqualTo("a11yaudit"));
            Assert.That(findings[0].Category, Is.EqualTo(RuleCategory.Wcag));
            Assert.That(findings[0].Viewport, Is.EqualTo("mobile"));
        });
    }

    [Test]
    public void NodesAreCappedPerFinding()
    {
        var nodes = Enumerable.Range(0, 30).Select(i => Node("n" + i, FindingOutcome.NeedsReview));

        var finding = KeyboardFindings.Create(new FocusOrderCheck(), Context, "d", "https://www.w3.org/", Impact.Moderate, nodes).Single();

        Assert.That(finding.Nodes, Has.Count.EqualTo(KeyboardFindings.MaxNodes));
    }
}
