using System.Text.RegularExpressions;
using A11yAudit.Browser.Launch;

namespace A11yAudit.Tests.Launch;

public sealed class ChromiumFeaturesTests
{
    [Test]
    public void OneFeatureSwitchComesLastWithPlaywrightsListAndOurs()
    {
        var args = ChromiumFeatures.WithDisabledFeatures(["--no-sandbox", "--mute-audio"]);

        Assert.Multiple(() =>
        {
            Assert.That(args.Take(2), Is.EqualTo(new[] { "--no-sandbox", "--mute-audio" }));
            Assert.That(args.Count(a => a.StartsWith(ChromiumFeatures.Switch, StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(Features(args[^1]), Is.SupersetOf(ChromiumFeatures.DisabledByPlaywright).And.SupersetOf(ChromiumFeatures.DisabledForAudits));
        });
    }

    [Test]
    public void TheUsersFeatureSwitchesAreFoldedIntoTheOne()
    {
        var args = ChromiumFeatures.WithDisabledFeatures(["--disable-features=Foo, Bar", "--lang=cy", "--disable-features=PaintHolding,Baz"]);

        Assert.Multiple(() =>
        {
            Assert.That(args, Has.Count.EqualTo(2));
            Assert.That(args[0], Is.EqualTo("--lang=cy"));
            var features = Features(args[1]);
            Assert.That(features, Is.SupersetOf(new[] { "Foo", "Bar", "Baz", "PaintHolding", "WebUIOmniboxPopup" }));
            Assert.That(features, Is.Unique);
        });
    }

    [Test]
    public void SessionLaunchArgsKeepTheDefaultsAndEndWithTheFeatureSwitch()
    {
        var args = BrowserSession.LaunchArgs(["--disable-features=Foo"]);

        Assert.Multiple(() =>
        {
            Assert.That(args, Is.SupersetOf(BrowserSession.DefaultArgs));
            Assert.That(args[^1], Does.StartWith(ChromiumFeatures.Switch).And.Contain("Foo").And.Contain("WebUIOmniboxPopup"));
        });
    }

    /// <summary>
    /// Chromium reads only the last --disable-features, which is ours: a Playwright upgrade that disables one more
    /// feature must be copied into <see cref="ChromiumFeatures.DisabledByPlaywright"/>, or the browser would run with it on.
    /// </summary>
    [Test]
    public void OurListHasEveryFeatureTheBundledPlaywrightDriverDisables()
    {
        var lib = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "lib");
        Assert.That(Directory.Exists(lib), Is.True, $"The Playwright driver is not at {lib}.");
        var source = Directory.EnumerateFiles(lib, "*.js", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .FirstOrDefault(text => text.Contains("disabledFeatures = [", StringComparison.Ordinal));
        Assert.That(source, Is.Not.Null, "No file of the driver declares disabledFeatures: find where Playwright lists the features it disables and update this test.");

        var start = source!.IndexOf("disabledFeatures = [", StringComparison.Ordinal);
        var list = source[start..source.IndexOf(']', start)];
        var playwrights = Regex.Matches(list, "\"([A-Za-z0-9]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.That(playwrights, Is.Not.Empty);
        Assert.That(ChromiumFeatures.DisabledByPlaywright, Is.SupersetOf(playwrights));
    }

    private static string[] Features(string featureSwitch) =>
        featureSwitch[ChromiumFeatures.Switch.Length..].Split(',');
}
