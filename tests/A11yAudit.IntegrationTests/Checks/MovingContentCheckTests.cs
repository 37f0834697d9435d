using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class MovingContentCheckTests
{
    [Test]
    public async Task EndlessMotionAndAutoplayingSoundAreViolationsAnimatedImagesNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new MovingContentCheck(), "moving-content/barrier.html");

        var violation = findings.Single(f => f.Outcome == FindingOutcome.Violation);
        Assert.That(violation.Nodes.Select(n => n.Target.Display), Is.EquivalentTo(new[] { "body > main > marquee", "#ticker", "#welcome" }));
        var ticker = violation.Nodes.Single(n => n.Target.Display == "#ticker");
        var audio = violation.Nodes.Single(n => n.Target.Display == "#welcome");
        Assert.Multiple(() =>
        {
            Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "1.4.2", "2.2.2" }));
            Assert.That(ticker.Evidence!["animation"], Is.EqualTo("ticker-scroll"));
            Assert.That(ticker.Evidence["iterations"], Is.EqualTo("infinite"));
            Assert.That(ticker.Evidence["runsUnderReducedMotion"], Is.EqualTo("true"));
            Assert.That(audio.Evidence!["duration"], Is.EqualTo("4 s"));
            Assert.That(audio.Evidence["muted"], Is.EqualTo("false"));
        });

        var review = findings.Single(f => f.Outcome == FindingOutcome.NeedsReview);
        Assert.That(review.Nodes.Select(n => n.Target.Display), Is.EquivalentTo(new[] { "#gif", "#apng", "#webp" }));
        Assert.That(review.Nodes.Select(n => n.Evidence!["format"]), Is.EquivalentTo(new[] { "GIF", "APNG", "WebP" }));
        Assert.That(review.Nodes.Select(n => n.Evidence!["plays"]).Distinct(), Is.EqualTo(new[] { "forever" }));
    }

    [Test]
    public async Task AnimationThatStopsOnlyForReducedMotionNeedsReviewAndMediaIsRestored()
    {
        var probe = new AfterCheckProbe(new MovingContentCheck(), "() => String(matchMedia('(prefers-reduced-motion: reduce)').matches)");
        var findings = await CheckHarness.RunAsync(probe, "moving-content/barrier-reduced.html");

        var finding = findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
            Assert.That(finding.Nodes.Single().Target.Display, Is.EqualTo("#pulse"));
            Assert.That(finding.Nodes.Single().Evidence!["runsUnderReducedMotion"], Is.EqualTo("false"));
            Assert.That(probe.ProbeResult, Is.EqualTo("false"));
        });
    }

    [Test]
    public async Task PausableReducedMotionAwarePageIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new MovingContentCheck(), "moving-content/clean.html");
        Assert.That(findings, Is.Empty);
    }
}
