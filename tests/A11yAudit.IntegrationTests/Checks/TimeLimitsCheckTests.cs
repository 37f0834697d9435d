using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class TimeLimitsCheckTests
{
    [Test]
    public async Task TimedMetaRefreshIsAViolationAndTimeoutWarningsNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new TimeLimitsCheck(), "time-limits/barrier.html");

        var violation = findings.Single(f => f.Outcome == FindingOutcome.Violation);
        var meta = violation.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(violation.RuleId, Is.EqualTo("time-limits"));
            Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "2.2.1" }));
            Assert.That(violation.Viewport, Is.EqualTo("mobile"));
            Assert.That(meta.Target.Display, Is.EqualTo("meta:nth-of-type(3)"));
            Assert.That(meta.Evidence!["delaySeconds"], Is.EqualTo("900"));
            Assert.That(meta.Evidence["url"], Is.EqualTo("/signed-out.html"));
        });

        var review = findings.Single(f => f.Outcome == FindingOutcome.NeedsReview);
        var kinds = review.Nodes.Select(n => (n.Target.Display, n.Evidence!.GetValueOrDefault("kind"))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(kinds, Does.Contain(("body > main > div > p", (string?)"warning")));
            Assert.That(kinds, Does.Contain(("#countdown", (string?)"timer")));
            Assert.That(review.Nodes.Single(n => n.Evidence!.ContainsKey("call")).Evidence!["delaySeconds"], Is.EqualTo("900"));
            Assert.That(review.Nodes.Single(n => n.Target.Display == "body > main > div > p").Evidence!["visible"], Is.EqualTo("true"));
            Assert.That(review.Nodes.Single(n => n.Target.Display == "#timeout-dialog > p").Evidence!["visible"], Is.EqualTo("false"), "a closed timeout dialog is evidence of a time limit too");
        });
    }

    [Test]
    public async Task PageWithoutATimeLimitIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new TimeLimitsCheck(), "time-limits/clean.html");
        Assert.That(findings, Is.Empty);
    }
}
