using A11yAudit.Core.Gate;
using A11yAudit.Core.Model;
using A11yAudit.Reports.Markdown;
using A11yAudit.Tests.Baselines;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Markdown;

public sealed class MarkdownSummaryTests
{
    private static readonly Core.Results.AuditResults Before = Audit(
        Page("/", Violation("image-alt", Impact.Critical)),
        Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint"))));

    [Test]
    public void Regression_SaysFailedAndNamesTheNewFindingAsFailingTheGate()
    {
        var md = MarkdownSummaryWriter.Build(CiRuns.Judged(
            Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint")), Violation("label", Impact.Critical, Node("#reason")))),
            Before));

        Assert.Multiple(() =>
        {
            Assert.That(md, Does.StartWith("## Accessibility audit: GP practice\n\n**❌ Failed.** 1 reason below."));
            Assert.That(md, Does.Contain("| 1 | 0 | 2 | 0 |"));
            Assert.That(md, Does.Contain("- **critical** `label` on `/book` at `#reason`: Help for label — **fails the gate** (serious, blocker)"));
        });
    }

    [Test]
    public void Fix_PassesListsTheFixAndSaysTheBaselineCanBeTightened()
    {
        var md = MarkdownSummaryWriter.Build(CiRuns.Judged(Audit(Page("/"), Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint")))), Before));

        Assert.That(md, Does.Contain("**✅ Passed.**"));
        Assert.That(md, Does.Contain("**Fixed**\n\n- **critical** `image-alt` on `/` at `#image-alt`"));
        Assert.That(md, Does.Contain("The baseline can be tightened: run the audit again with \\-\\-update\\-baseline"));
    }

    [Test]
    public void TooFewPages_SaysNotJudged()
    {
        var md = MarkdownSummaryWriter.Build(CiRuns.Judged(Audit(Page("/login")), Before));

        Assert.That(md, Does.Contain("**⚠️ Not judged.** only 1 page was scanned"));
    }

    [Test]
    public void RiskTable_ShowsTheChangeSinceTheBaseline()
    {
        var md = MarkdownSummaryWriter.Build(CiRuns.Judged(Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book")), Before));

        Assert.That(md, Does.Contain("| Group | Risk (best – worst case) | Change since baseline |"));
        Assert.That(md, Does.Contain("| Low\\-vision and magnifier users | 0% | ▼ −25 points |"));
    }

    [Test]
    public void WithoutBaseline_ListsTheIssues()
    {
        var md = MarkdownSummaryWriter.Build(Before);

        Assert.That(md, Does.Contain("The audit finished (no baseline, so no gate)."));
        Assert.That(md, Does.Contain("| critical | `image-alt` Help for image\\-alt | 1 | 1 |"));
    }

    [Test]
    public void PageText_CannotBreakOutOfTheMarkdown()
    {
        var hostile = Violation("label", Impact.Critical, Node("a`b|c\n# Heading")) with { Help = "<img src=x onerror=alert(1)> [link](javascript:x) | cell" };

        var md = MarkdownSummaryWriter.Build(CiRuns.Judged(Audit(Page("/x", hostile), Page("/y")), Audit(Page("/x"), Page("/y"))));

        Assert.That(md, Does.Contain("`a'b|c # Heading`"), "in a list the code span keeps the selector on one line");
        Assert.That(md, Does.Not.Match(@"(?<!\\)<img"));
        Assert.That(md, Does.Not.Contain("](javascript"));
        Assert.That(md, Does.Not.Contain("\n# Heading"));
    }

    [Test]
    public void FailOnWithoutABaseline_NamesTheFailingFindingsInTheGateSection()
    {
        var md = MarkdownSummaryWriter.Build(CiRuns.Judged(Before, before: null, new GateSettings { FailOn = FailOnPolicy.Parse(["critical"]) }));

        Assert.That(md, Does.Contain("- ❌ new critical finding: image\\-alt on https://gp\\.example/ at \\#image\\-alt"));
    }
}
