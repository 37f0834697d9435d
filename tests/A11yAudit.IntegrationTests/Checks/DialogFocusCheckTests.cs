using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class DialogFocusCheckTests
{
    [Test]
    public async Task ModalThatLeavesFocusBehindIsAViolation()
    {
        var findings = await CheckHarness.RunAsync(new DialogFocusCheck(), "dialog-focus/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.4.3", "2.1.2" }));
            Assert.That(node.Target.Display, Is.EqualTo("#cancel-dialog"));
            Assert.That(node.Evidence!["trigger"], Is.EqualTo("#cancel"));
            Assert.That(node.Evidence["modal"], Is.EqualTo("true"));
            Assert.That(node.Evidence["focusMovedIn"], Is.EqualTo("false"));
            Assert.That(node.Evidence["focusEscapedTo"], Is.Not.EqualTo("none"));
            Assert.That(node.Evidence["escapeCloses"], Is.EqualTo("false"));
            Assert.That(node.Evidence["closedBy"], Does.StartWith("its close button"));
        });
    }

    [Test]
    public async Task NativeAndScriptedDialogsThatManageFocusPass()
    {
        var findings = await CheckHarness.RunAsync(new DialogFocusCheck(), "dialog-focus/clean.html");

        Assert.That(findings, Is.Empty, string.Join("\n", findings.SelectMany(f => f.Nodes).Select(n => n.Target.Display + ": " + n.FailureSummary)));
    }
}
