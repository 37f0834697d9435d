using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Fingerprints;

public sealed class PageKeyTests
{
    private static readonly PageKey Keys = new(ScopeOptions.DefaultIgnoredQueryParameters);

    [TestCase("https://gp.example/", "/")]
    [TestCase("http://127.0.0.1:5123/book/step-1.html", "/book/step-1.html")]
    [TestCase("https://gp.example/patients/123", "/patients/{n}")]
    [TestCase("https://gp.example/patients/123/", "/patients/{n}")]
    [TestCase("https://gp.example/letters/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "/letters/{id}")]
    [TestCase("https://gp.example/files/a1b2c3d4e5f6", "/files/{hash}")]
    [TestCase("https://gp.example/search?utm_source=x&q=flu", "/search?q=flu")]
    [TestCase("https://gp.example/results?page=2&sort=date", "/results?page={n}&sort=date")]
    [TestCase("https://gp.example/#section", "/")]
    public void For(string url, string expected) =>
        Assert.That(Keys.For(url), Is.EqualTo(expected));

    [Test]
    public void TheTargetsOwnIgnoredParameters_AreLeftOut() =>
        Assert.That(new PageKey(["session*"]).For("https://gp.example/a?sessionId=9&tab=x"), Is.EqualTo("/a?tab=x"));
}
