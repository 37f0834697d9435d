using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class ResizeTextCheckTests
{
    [Test]
    public async Task FixedHeightBoxThatHidesOverflowClipsEnlargedText()
    {
        var findings = await CheckHarness.RunAsync(new ResizeTextCheck(), "resize-text/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "1.4.4" }));
            Assert.That(node.Target.Display, Is.EqualTo("#notice"));
            Assert.That(node.Evidence!["kind"], Is.EqualTo("clipped"));
            Assert.That(node.Evidence["boxHeight"], Is.EqualTo("52"));
            Assert.That(node.Evidence["fontSize"], Is.EqualTo("32px"));
            Assert.That(double.Parse(node.Evidence["clippedPx"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(50));
        });
    }

    [Test]
    public async Task BoxesThatGrowScrollOrAreHiddenOnPurposeAreSilent()
    {
        var findings = await CheckHarness.RunAsync(new ResizeTextCheck(), "resize-text/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }

    [Test]
    public async Task StyleAttributesAreRestored()
    {
        var changes = await PageRestoreProbe.ChangesAfterAsync(new ResizeTextCheck(), "resize-text/barrier.html");
        Assert.That(changes, Is.Empty);
    }
}

[TestFixture]
public sealed class TextSpacingCheckTests
{
    [Test]
    public async Task FixedHeightBoxClipsSpacedOutText()
    {
        var findings = await CheckHarness.RunAsync(new TextSpacingCheck(), "text-spacing/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "1.4.12" }));
            Assert.That(node.Target.Display, Is.EqualTo("#summary"));
            Assert.That(node.Evidence!["boxHeight"], Is.EqualTo("64"));
            Assert.That(node.Evidence["text"], Does.Contain("Dr Patel"));
        });
    }

    [Test]
    public async Task SpacingIsAppliedEvenWhenAContentSecurityPolicyBlocksInlineStyles()
    {
        var findings = await CheckHarness.RunAsync(new TextSpacingCheck(), "text-spacing/csp.html");
        Assert.That(findings.Single().Nodes.Single().Target.Display, Is.EqualTo("#summary"));
    }

    [Test]
    public async Task BoxThatGrowsWithItsTextIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new TextSpacingCheck(), "text-spacing/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }

    [Test]
    public async Task InjectedStyleIsRemoved()
    {
        var changes = await PageRestoreProbe.ChangesAfterAsync(new TextSpacingCheck(), "text-spacing/barrier.html");
        Assert.That(changes, Is.Empty);
    }
}
