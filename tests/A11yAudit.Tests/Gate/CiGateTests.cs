using A11yAudit.Core.Gate;
using A11yAudit.Core.Model;
using A11yAudit.Tests.Baselines;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Gate;

public sealed class CiGateTests
{
    private static readonly Core.Results.AuditResults Before = Audit(Page("/", Violation("image-alt", Impact.Critical)), Page("/book"));

    [Test]
    public void NotGated_LeavesResultsAlone()
    {
        var judged = CiGate.Evaluate(Before, GateSettings.None, null, Fingerprinter);

        Assert.That((judged.Baseline, judged.Gate), Is.EqualTo((null as object, null as object)));
    }

    [Test]
    public void WithABaseline_TheComparisonAndVerdictAreRecorded()
    {
        var judged = CiRuns.Judged(Audit(Page("/"), Page("/book", Violation("label", Impact.Critical, Node("#reason")))), Before);

        Assert.Multiple(() =>
        {
            Assert.That(judged.Baseline!.File, Is.EqualTo(".a11yaudit/baseline.json"));
            Assert.That((judged.Baseline.New, judged.Baseline.Fixed, judged.Baseline.StillPresent), Is.EqualTo((1, 1, 0)));
            Assert.That(judged.Baseline.Created, Is.EqualTo(Finished));
            Assert.That(judged.Gate!.Verdict, Is.EqualTo(GateVerdict.Failed));
        });
    }

    [Test]
    public void FailOnWithoutABaseline_JudgesEverythingAsNew()
    {
        var judged = CiRuns.Judged(Before, before: null, new GateSettings { FailOn = FailOnPolicy.Parse(["critical"]) });

        Assert.That(judged.Baseline, Is.Null);
        Assert.That(judged.Gate!.Failures.Single().Message, Does.StartWith("new critical finding: image-alt"));
    }

    [Test]
    public void ALoginPageAlone_CannotPass()
    {
        var judged = CiRuns.Judged(Audit(Page("/login")), Before);

        Assert.That(judged.Gate!.Verdict, Is.EqualTo(GateVerdict.Error));
        Assert.That(judged.Gate.Problem, Does.Contain("only 1 page was scanned"));
    }

    [Test]
    public void AnIncompleteRun_CannotPass()
    {
        var judged = CiRuns.Judged(Before with { Incomplete = true, IncompleteReason = "the browser crashed" }, Before);

        Assert.That(judged.Gate!.Verdict, Is.EqualTo(GateVerdict.Error));
        Assert.That(judged.Gate.Problem, Does.Contain("the browser crashed"));
    }

    [Test]
    public void UpdatingTheBaseline_PassesAndSaysSo()
    {
        var judged = CiRuns.Judged(Audit(Page("/"), Page("/book", Violation("label", Impact.Critical))), Before, new GateSettings { BaselineFile = CiRuns.BaselineFile, UpdateBaseline = true });

        Assert.That(judged.Gate!.Verdict, Is.EqualTo(GateVerdict.Passed));
        Assert.That(judged.Gate.BaselineUpdated, Is.True);
        Assert.That(judged.Baseline!.Updated, Is.True);
        Assert.That(judged.Baseline.New, Is.EqualTo(1), "the diff against the old baseline is still shown");
    }
}
