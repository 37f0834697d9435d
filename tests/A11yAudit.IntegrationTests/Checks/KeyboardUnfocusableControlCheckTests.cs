using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class KeyboardUnfocusableControlCheckTests
{
    [Test]
    public async Task ClickOnlyControlsAreViolationsAndMouseOnlyButtonsNeedReview()
    {
        var findings = await CheckHarness.RunAsync(new KeyboardUnfocusableControlCheck(), "keyboard-unfocusable-control/barrier.html");

        var violation = findings.Single(f => f.Outcome == FindingOutcome.Violation);
        var review = findings.Single(f => f.Outcome == FindingOutcome.NeedsReview);
        var byTarget = violation.Nodes.ToDictionary(n => n.Target.Display);
        Assert.Multiple(() =>
        {
            Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "2.1.1" }));
            Assert.That(byTarget.Keys, Is.EquivalentTo(new[] { "#mark-read", "#archive", "#filter-unread" }));
            Assert.That(byTarget["#mark-read"].Evidence!["handler"], Is.EqualTo("onclick attribute"));
            Assert.That(byTarget["#archive"].Evidence!["role"], Is.EqualTo("button"));
            Assert.That(byTarget["#filter-unread"].Evidence!["handler"], Is.EqualTo("click listener"));
            Assert.That(review.Nodes.Single().Target.Display, Is.EqualTo("#print"));
            Assert.That(review.Nodes[0].Evidence!["enterReacts"], Is.EqualTo("false"));
            Assert.That(review.Nodes[0].Evidence!["spaceReacts"], Is.EqualTo("false"));
        });
    }

    [Test]
    public async Task NativeControlsRovingTabsDelegatedCardsAndKeyboardReadyButtonsPass()
    {
        var findings = await CheckHarness.RunAsync(new KeyboardUnfocusableControlCheck(), "keyboard-unfocusable-control/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
