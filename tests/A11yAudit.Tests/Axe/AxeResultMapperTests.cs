using A11yAudit.Browser.Check.Axe;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Axe;

public sealed class AxeResultMapperTests
{
    private const string Raw = """
        {
          "testEngine": { "name": "axe-core", "version": "4.14.0" },
          "violations": [
            {
              "id": "label", "impact": "critical", "tags": ["cat.forms", "wcag2a", "wcag412"],
              "description": "Ensure every form element has a label", "help": "Form elements must have labels",
              "helpUrl": "https://dequeuniversity.com/rules/axe/4.14/label",
              "nodes": [
                { "html": "<input id=\"q\">", "target": ["#q"], "impact": "critical",
                  "failureSummary": "Fix any of the following:\n  Form element does not have an implicit (wrapped) <label>" },
                { "html": "<input>", "target": ["iframe[title=\"x\"]", "form > input"], "impact": "critical",
                  "any": [ { "message": "No label" } ], "all": [], "none": [ { "message": "Is hidden" } ] },
                { "html": "<input>", "target": [["my-widget", "input.inner"]], "impact": null, "any": null }
              ]
            }
          ],
          "incomplete": [
            { "id": "color-contrast", "impact": "serious", "tags": ["wcag2aa", "wcag143"], "help": "Contrast", "nodes": null }
          ],
          "passes": ["html-has-lang", "document-title"],
          "inapplicable": null
        }
        """;

    [Test]
    public void MapsViolationsAndNeedsReviewApart()
    {
        var result = AxeResultMapper.Map(Raw, "mobile");
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => (f.RuleId, f.Outcome)), Is.EqualTo(new[] { ("label", FindingOutcome.Violation), ("color-contrast", FindingOutcome.NeedsReview) }));
            Assert.That(result.PassedRules, Is.EqualTo(new[] { "html-has-lang", "document-title" }));
            Assert.That(result.InapplicableRules, Is.Empty);
            Assert.That(result.EngineVersion, Is.EqualTo("4.14.0"));
            Assert.That(result.Rules.Select(r => r.Id), Is.EqualTo(new[] { "label", "color-contrast" }));
        });
    }

    [Test]
    public void MapsRuleFields()
    {
        var label = AxeResultMapper.Map(Raw, "mobile").Findings[0];
        Assert.Multiple(() =>
        {
            Assert.That(label.Impact, Is.EqualTo(Impact.Critical));
            Assert.That(label.WcagCriteria, Is.EqualTo(new[] { "4.1.2" }));
            Assert.That(label.Category, Is.EqualTo(RuleCategory.Wcag));
            Assert.That(label.Source, Is.EqualTo("axe"));
            Assert.That(label.Viewport, Is.EqualTo("mobile"));
            Assert.That(label.HelpUrl, Does.Contain("dequeuniversity"));
            Assert.That(label.Nodes, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void KeepsAxeFailureSummaryWhenPresent() =>
        Assert.That(AxeResultMapper.Map(Raw).Findings[0].Nodes[0].FailureSummary, Does.StartWith("Fix any of the following:\n  Form element"));

    [Test]
    public void RebuildsFailureSummaryFromCheckMessages() =>
        Assert.That(AxeResultMapper.Map(Raw).Findings[0].Nodes[1].FailureSummary,
            Is.EqualTo("Fix any of the following:\n  No label\n\nFix all of the following:\n  Is hidden"));

    [Test]
    public void IframeTargetsBecomeFrameChains()
    {
        var target = AxeResultMapper.Map(Raw).Findings[0].Nodes[1].Target;
        Assert.Multiple(() =>
        {
            Assert.That(target.IsInFrame, Is.True);
            Assert.That(target.Frames, Has.Count.EqualTo(2));
            Assert.That(target.Display, Is.EqualTo("iframe[title=\"x\"] >>> form > input"));
        });
    }

    [Test]
    public void ShadowTargetsBecomeSelectorChains()
    {
        var node = AxeResultMapper.Map(Raw).Findings[0].Nodes[2];
        Assert.Multiple(() =>
        {
            Assert.That(node.Target.IsInShadowDom, Is.True);
            Assert.That(node.Target.Display, Is.EqualTo("my-widget >> input.inner"));
            Assert.That(node.Impact, Is.Null);
            Assert.That(node.FailureSummary, Is.Empty);
        });
    }

    [Test]
    public void NullArraysAreEmpty()
    {
        var result = AxeResultMapper.Map("""{ "violations": null, "incomplete": [ { "id": "x", "tags": null, "nodes": null } ] }""");
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings, Has.Count.EqualTo(1));
            Assert.That(result.Findings[0].Nodes, Is.Empty);
            Assert.That(result.Findings[0].Tags, Is.Empty);
            Assert.That(result.PassedRules, Is.Empty);
        });
    }
}
