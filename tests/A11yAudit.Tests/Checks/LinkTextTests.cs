using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class LinkTextTests
{
    [TestCase("Click here")]
    [TestCase("click HERE.")]
    [TestCase("Read more »")]
    [TestCase("  More  ")]
    [TestCase("Find out more →")]
    [TestCase("Download")]
    public void GenericNamesAreRecognised(string name) => Assert.That(LinkText.IsGeneric(name), Is.True);

    [TestCase("Read more about flu clinics")]
    [TestCase("Book a GP appointment")]
    [TestCase("Download your appointment letter (PDF, 120 KB)")]
    [TestCase("Back")]
    [TestCase("")]
    public void DescriptiveNamesAreNot(string name) => Assert.That(LinkText.IsGeneric(name), Is.False);

    [Test]
    public void NormaliseDropsPunctuationAndCase() =>
        Assert.That(LinkText.Normalise("  Read MORE… ›"), Is.EqualTo("read more"));

    [TestCase("Find a pharmacy (opens in new tab)", true)]
    [TestCase("NHS website (opens in a new window)", true)]
    [TestCase("Leaflet, external link", true)]
    [TestCase("Find a pharmacy", false)]
    public void NewWindowWarningIsRecognised(string text, bool warns) => Assert.That(LinkText.WarnsOfNewWindow(text), Is.EqualTo(warns));
}
