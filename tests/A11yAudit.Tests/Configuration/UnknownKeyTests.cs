namespace A11yAudit.Tests.Configuration;

public sealed class UnknownKeyTests : ConfigurationTestBase
{
    [Test]
    public void NestedTypo_SuggestsTheKnownKey()
    {
        var target = WriteTarget(Target("\"crawl\": { \"maxPagez\": 10 }"), "audit-targets/x.json");

        Assert.That(Problems(target), Is.EqualTo(new[] { "audit-targets/x.json: crawl:maxPagez: unknown key (did you mean 'maxPages'?)" }));
    }

    [Test]
    public void TopLevelTypo_SuggestsTheKnownKey()
    {
        var problems = ProblemsWithJson("{ \"startUrl\": [\"https://example.org/\"], \"startUrls\": [\"https://example.org/\"] }");

        Assert.That(problems, Is.EqualTo(new[] { "target.json: startUrl: unknown key (did you mean 'startUrls'?)" }));
    }

    [Test]
    public void UnknownKeyWithNoCloseMatch_ListsTheKnownKeys()
    {
        var problems = ProblemsWithJson(Target("\"axe\": { \"rules\": [\"color-contrast\"] }"));

        Assert.That(problems, Is.EqualTo(new[] { "target.json: axe:rules: unknown key (known keys here: tags, includeBestPractice, iframes)" }));
    }

    [Test]
    public void UnknownSection_IsReportedOnce()
    {
        var problems = ProblemsWithJson(Target("\"timeout\": { \"navigationSeconds\": 5, \"scanSeconds\": 5 }"));

        Assert.That(problems, Is.EqualTo(new[] { "target.json: timeout: unknown key (did you mean 'timeouts'?)" }));
    }

    [TestCase("\"journeys\": [ { \"name\": \"J\", \"step\": [\"/a\"], \"steps\": [\"https://example.org/a\"] } ]", "journeys:0:step", "steps")]
    [TestCase("\"browser\": { \"viewport\": { \"width\": 400, \"height\": 800, \"mobile\": true } }", "browser:viewport:mobile", "isMobile")]
    [TestCase("\"scope\": { \"allowedOrigin\": [\"https://example.org\"] }", "scope:allowedOrigin", "allowedOrigins")]
    [TestCase("\"timeouts\": { \"navigationSecond\": 5 }", "timeouts:navigationSecond", "navigationSeconds")]
    [TestCase("\"output\": { \"dir\": \"x\" }", "output:dir", null)]
    [TestCase("\"checks\": { \"reflow\": { \"enable\": false } }", "checks:reflow:enable", "enabled")]
    public void UnknownKeysAnywhere_AreReportedWithTheirPath(string members, string path, string? suggestion)
    {
        var problems = ProblemsWithJson(Target(members));

        var expected = $"target.json: {path}: unknown key";
        Assert.That(problems.Single(), suggestion is null
            ? Does.StartWith(expected + " (known keys here:")
            : Is.EqualTo($"{expected} (did you mean '{suggestion}'?)"));
    }

    [Test]
    public void AnyCheckId_IsAccepted()
    {
        var options = LoadJson(Target("\"checks\": { \"some-future-check\": { \"enabled\": false } }"));

        Assert.That(options.DisabledChecks, Does.Contain("some-future-check"));
    }

    [Test]
    public void SchemaKey_IsAllowed()
    {
        Assert.DoesNotThrow(() => LoadJson(Target("\"$schema\": \"./target.schema.json\"")));
    }
}
