using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class KeyboardTrapCheckTests
{
    [Test]
    public async Task FieldThatSwallowsTabIsATrap()
    {
        var findings = await CheckHarness.RunAsync(new KeyboardTrapCheck(), "keyboard-trap/barrier.html");

        var finding = findings.Single();
        var node = finding.Nodes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo("keyboard-trap"));
            Assert.That(finding.Source, Is.EqualTo("a11yaudit"));
            Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.Violation));
            Assert.That(finding.WcagCriteria, Is.EqualTo(new[] { "2.1.2" }));
            Assert.That(node.Target.Display, Is.EqualTo("#nhs-number"));
            Assert.That(node.Evidence!["cycleElements"], Is.EqualTo("1"));
            Assert.That(node.Evidence["shiftTabLeaves"], Is.EqualTo("false"));
            Assert.That(node.Evidence["escapeThenTabLeaves"], Is.EqualTo("false"));
            Assert.That(int.Parse(node.Evidence["tabbableElements"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(1));
        });
    }

    [Test]
    public async Task DateFieldsTextAreasAndTheEndOfThePageAreNotTraps()
    {
        var findings = await CheckHarness.RunAsync(new KeyboardTrapCheck(), "keyboard-trap/clean.html");

        Assert.That(findings, Is.Empty);
    }
}
