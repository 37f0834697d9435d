using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class LinkPurposeCheckTests
{
    private IReadOnlyList<Finding> _barrier = null!;

    [OneTimeSetUp]
    public async Task RunBarrierAsync() => _barrier = await CheckHarness.RunAsync(new LinkPurposeCheck(), "link-purpose/barrier.html");

    private FindingNode Node(FindingOutcome outcome, string selector) =>
        _barrier.Single(f => f.Outcome == outcome).Nodes.SingleOrDefault(n => n.Target.Display == selector)
        ?? throw new AssertionException($"{selector} not reported as {outcome}:\n{FindingsText.Describe(_barrier)}");

    [Test]
    public void GenericLinkWithNothingAroundItIsAViolation()
    {
        var violation = _barrier.Single(f => f.Outcome == FindingOutcome.Violation);
        Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "2.4.4" }));
        Assert.That(violation.Nodes.Select(n => n.Target.Display), Is.EqualTo(new[] { "#orphan" }));
        Assert.That(violation.Nodes[0].Evidence!["name"], Is.EqualTo("Click here"));
    }

    [Test]
    public void GenericLinkExplainedByItsSentenceIsNeedsReview()
    {
        var node = Node(FindingOutcome.NeedsReview, "#in-sentence");
        Assert.That(node.Evidence!["kind"], Is.EqualTo("generic-text"));
        Assert.That(node.Evidence["context"], Does.Contain("To see the clinic times"));
    }

    [Test]
    public void SameTextToDifferentPlacesIsNeedsReview()
    {
        var a = Node(FindingOutcome.NeedsReview, "#times-a");
        Assert.That(a.Evidence!["kind"], Is.EqualTo("same-text-different-destination"));
        Assert.That(a.Evidence["destinations"], Does.Contain("surgery-times.html").And.Contain("pharmacy-times.html"));
        Assert.That(Node(FindingOutcome.NeedsReview, "#times-b").Evidence!["kind"], Is.EqualTo("same-text-different-destination"));
    }

    [Test]
    public void NewWindowWithoutWarningIsNeedsReview()
    {
        var node = Node(FindingOutcome.NeedsReview, "#finder");
        Assert.That(node.Evidence!["kind"], Is.EqualTo("new-window"));
        Assert.That(node.Evidence["wcag"], Is.EqualTo("3.2.5"));
    }

    [Test]
    public async Task DescriptiveLinksAreSilent()
    {
        var findings = await CheckHarness.RunAsync(new LinkPurposeCheck(), "link-purpose/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }
}
