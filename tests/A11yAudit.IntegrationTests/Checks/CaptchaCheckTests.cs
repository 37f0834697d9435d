using A11yAudit.Browser.Check.Checks;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

[TestFixture]
public sealed class CaptchaCheckTests
{
    [Test]
    public async Task WidgetAndImageCaptchaAreNeedsReview()
    {
        var findings = await CheckHarness.RunAsync(new CaptchaCheck(), "captcha/barrier.html");

        var finding = findings.Single();
        Assert.That(finding.Outcome, Is.EqualTo(FindingOutcome.NeedsReview));
        var nodes = finding.Nodes.ToDictionary(n => n.Target.Display);
        Assert.That(nodes.Keys, Is.EquivalentTo(new[] { "#widget", "img" }), FindingsText.Describe(findings));
        Assert.That(nodes["#widget"].Evidence!["provider"], Is.EqualTo("reCAPTCHA"));
        Assert.That(nodes["img"].Evidence!["matched"], Is.EqualTo("image alt=\"CAPTCHA\""));
    }

    [Test]
    public async Task FormWithoutVerificationIsSilent()
    {
        var findings = await CheckHarness.RunAsync(new CaptchaCheck(), "captcha/clean.html");
        Assert.That(findings, Is.Empty, FindingsText.Describe(findings));
    }
}
