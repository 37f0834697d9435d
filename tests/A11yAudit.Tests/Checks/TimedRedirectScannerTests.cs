using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class TimedRedirectScannerTests
{
    [Test]
    public void FindsAnArrowCallbackThatRedirects()
    {
        var found = TimedRedirectScanner.Scan("setTimeout(() => { window.location.href = '/signed-out'; }, 15 * 60 * 1000);");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].DelayMilliseconds, Is.EqualTo(900_000));
        Assert.That(found[0].Call, Does.StartWith("setTimeout(() =>"));
    }

    [Test]
    public void FollowsANamedCallbackToItsDefinition()
    {
        const string script = """
            function signOut() { document.getElementById('f').submit(); }
            const timer = setTimeout(signOut, 600000);
            """;
        var found = TimedRedirectScanner.Scan(script);
        Assert.That(found.Select(f => f.DelayMilliseconds), Is.EqualTo(new double?[] { 600_000 }));
    }

    [TestCase("setInterval(function () { location.reload(); }, 30000)", 30_000d)]
    [TestCase("setTimeout(\"location.replace('/x')\", 5000)", 5_000d)]
    [TestCase("setTimeout(() => location = next, delay)", null)]
    [TestCase("setTimeout(() => location.assign('/x'))", 0d)]
    public void ReadsTheDelay(string script, double? delay) =>
        Assert.That(TimedRedirectScanner.Scan(script).Single().DelayMilliseconds, Is.EqualTo(delay));

    [TestCase("setTimeout(() => status.textContent = 'Saved', 1000)")]
    [TestCase("setTimeout(() => { if (location.href === x) { show(); } }, 1000)")]
    [TestCase("const location = 'Leeds'; setTimeout(render, 10)")]
    [TestCase("setTimeout(() => console.log(')'), 10); location.href = '/now';")]
    public void IgnoresTimersThatDoNotNavigate(string script) => Assert.That(TimedRedirectScanner.Scan(script), Is.Empty);

    [TestCase("1_000", 1000d)]
    [TestCase(" 20 * 60 * 1000 ", 1_200_000d)]
    [TestCase("TIMEOUT", null)]
    [TestCase("2 ** 10", null)]
    public void EvaluatesLiteralDelays(string expression, double? expected) =>
        Assert.That(TimedRedirectScanner.EvaluateDelay(expression), Is.EqualTo(expected));
}
