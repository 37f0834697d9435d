using A11yAudit.Core.Baselines;
using A11yAudit.Core.Gate;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Gate;

public sealed class GateEvaluatorTests
{
    private static readonly AuditResults Before = Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book"));

    private static GateResult Gate(AuditResults now, FailOnPolicy? policy = null, AuditResults? before = null)
    {
        var baseline = BaselineRecorder.Record(before ?? Before, Fingerprinter);
        var diff = BaselineDiff.Compare(baseline, BaselineEntries.From(now, Fingerprinter), BaselineEntries.ScannedPages(now, Fingerprinter));
        return GateEvaluator.Evaluate(policy ?? FailOnPolicy.Default, new GateInput(diff, baseline, now.Exclusion));
    }

    [Test]
    public void SameSite_Passes() =>
        Assert.That(Gate(Before).Verdict, Is.EqualTo(GateVerdict.Passed));

    [Test]
    public void NewSeriousFinding_FailsByDefault_NamingRulePageAndSelector()
    {
        var result = Gate(Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint")))));

        Assert.That(result.Verdict, Is.EqualTo(GateVerdict.Failed));
        Assert.That(result.Failures.Single().Message, Is.EqualTo("new serious finding: color-contrast on https://gp.example/book at p.hint"));
    }

    [Test]
    public void NewModerateFinding_PassesByDefault() =>
        Assert.That(Gate(Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("region", Impact.Moderate)))).Verdict, Is.EqualTo(GateVerdict.Passed));

    [Test]
    public void NewModerateFinding_FailsWithFailOnModerate() =>
        Assert.That(Gate(Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("region", Impact.Moderate))), FailOnPolicy.Parse(["moderate"])).Verdict, Is.EqualTo(GateVerdict.Failed));

    [Test]
    public void NewBlocker_IsOneFailureNamingBothConditionsAndTheGroup()
    {
        var result = Gate(Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("label", Impact.Critical, Node("#reason")))));

        var failure = result.Failures.Single();
        Assert.That(failure.Conditions, Is.EqualTo(new[] { "serious", "blocker" }));
        Assert.That(result.Failures, Has.Count.EqualTo(1));
    }

    [Test]
    public void BlockerOnly_CatchesABlockerOfUnratedImpact()
    {
        var result = Gate(Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book", Violation("label", null, Node("#reason")))), FailOnPolicy.Parse(["blocker"]));

        Assert.That(result.Failures.Single().Message, Does.StartWith("new blocker for Blind and screen-reader users: label on"));
    }

    [Test]
    public void FixedFindings_NeverFail_EvenWithAny() =>
        Assert.That(Gate(Audit(Page("/"), Page("/book")), FailOnPolicy.Parse(["any", "rating", "risk:0"])).Verdict, Is.EqualTo(GateVerdict.Passed));

    [Test]
    public void WorseRating_FailsWithRating()
    {
        var clean = Audit(Page("/"), Page("/book"));
        var blocked = Audit(Page("/"), Page("/book", Violation("label", Impact.Critical, Node("#reason"))));

        var result = Gate(blocked, FailOnPolicy.Parse(["rating"]), before: clean);

        Assert.That(result.Failures.Single().Message, Does.StartWith("the rating fell from Outstanding to"));
    }

    [Test]
    public void RiskRise_FailsOnlyBeyondTheTolerance()
    {
        var clean = Audit(Page("/"), Page("/book"));
        var contrast = Audit(Page("/"), Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint"))));
        var rise = contrast.Exclusion!.Product.Groups.Single(g => g.GroupId == "low-vision").Risk.Best;

        Assert.That(Gate(contrast, FailOnPolicy.Parse([$"risk:{rise - 0.01:0.####}"]), before: clean).Failures.Select(f => f.Message), Has.Some.Contains("Low-vision and magnifier users rose from 0% to 25%"));
        Assert.That(Gate(contrast, FailOnPolicy.Parse([$"risk:{rise:0.######}"]), before: clean).Verdict, Is.EqualTo(GateVerdict.Passed));
    }

    [Test]
    public void None_NeverFails() =>
        Assert.That(Gate(Audit(Page("/", Violation("label", Impact.Critical))), FailOnPolicy.None).Verdict, Is.EqualTo(GateVerdict.Passed));
}
