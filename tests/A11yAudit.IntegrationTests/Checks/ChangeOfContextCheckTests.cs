using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class ChangeOfContextCheckTests
{
    [Test]
    public async Task ControlsThatNavigateOrSubmitOnChangeAreViolations()
    {
        var findings = await CheckHarness.RunAsync(new ChangeOfContextCheck(), "change-of-context/barrier.html");

        var violation = findings.Single(f => f.Outcome == FindingOutcome.Violation);
        Assert.That(violation.Nodes.Select(n => n.Target.Display), Is.EquivalentTo(new[] { "#practice", "#sort-date" }));
        var select = violation.Nodes.Single(n => n.Target.Display == "#practice");
        var radios = violation.Nodes.Single(n => n.Target.Display == "#sort-date");
        Assert.Multiple(() =>
        {
            Assert.That(violation.WcagCriteria, Is.EqualTo(new[] { "3.2.2" }));
            Assert.That(select.Evidence!["attempt"], Is.EqualTo("navigation"));
            Assert.That(select.Evidence["url"], Does.EndWith("/practices/riverside.html"));
            Assert.That(select.Evidence["chosen"], Is.EqualTo("Riverside Health Centre"));
            Assert.That(radios.Evidence!["attempt"], Is.EqualTo("submit"));
            Assert.That(radios.Evidence["chosen"], Is.EqualTo("Name"));
            Assert.That(radios.Evidence["hasSubmitButton"], Is.EqualTo("false"));
        });

        var review = findings.Single(f => f.Outcome == FindingOutcome.NeedsReview);
        Assert.That(review.Nodes.Single().Target.Display, Is.EqualTo("#language"));
        Assert.That(review.Nodes.Single().Evidence!["advice"], Does.Contain("will reload the page"));
    }

    [Test]
    public async Task ControlsAreRestoredAndTheRecorderRemoved()
    {
        var probe = new AfterCheckProbe(
            new ChangeOfContextCheck(),
            """
            () => [
              document.getElementById('practice').selectedIndex,
              document.getElementById('sort-date').checked,
              document.getElementById('language').value,
              String(HTMLFormElement.prototype.submit).includes('[native code]'),
              String(window.open).includes('[native code]'),
              typeof window.__a11yChangeOfContext,
            ].join(',')
            """);
        await CheckHarness.RunAsync(probe, "change-of-context/barrier.html");
        Assert.That(probe.ProbeResult, Is.EqualTo("0,true,en,true,true,undefined"));
    }

    [Test]
    public async Task FormWithASubmitButtonIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new ChangeOfContextCheck(), "change-of-context/clean.html");
        Assert.That(findings, Is.Empty);
    }
}
