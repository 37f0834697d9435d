namespace A11yAudit.Tests.Configuration;

public sealed class JourneyAndCheckProblemTests : ConfigurationTestBase
{
    [Test]
    public void JourneyWithoutSteps()
    {
        Assert.That(ProblemsWithJson(Target("\"journeys\": [ { \"name\": \"Book\" } ]")), Is.EqualTo(new[]
        {
            "target.json: journeys:0:steps: a journey needs at least one step (a URL, a root-relative path or a ^regular expression)",
        }));
    }

    [Test]
    public void JourneyWithEmptySteps()
    {
        Assert.That(ProblemsWithJson(Target("\"journeys\": [ { \"name\": \"Book\", \"steps\": [] } ]")).Single(), Does.StartWith(
            "target.json: journeys:0:steps: a journey needs at least one step"));
    }

    [TestCase("high")]
    [TestCase("1")]
    [TestCase("critical!")]
    public void JourneyWeightMustBeKnown(string weight)
    {
        var problems = ProblemsWithJson(Target($"\"journeys\": [ {{ \"name\": \"Book\", \"weight\": \"{weight}\", \"steps\": [\"https://example.org/\"] }} ]"));

        Assert.That(problems, Is.EqualTo(new[] { $"target.json: journeys:0:weight: must be one of critical, important, other (got '{weight}')" }));
    }

    [Test]
    public void BlankJourneyWeight_MeansTheDefault()
    {
        var options = LoadJson(Target("\"journeys\": [ { \"name\": \"Book\", \"weight\": \"\", \"steps\": [\"https://example.org/\"] } ]"));

        Assert.That(options.Journeys[0].Weight, Is.EqualTo("important"));
    }

    [Test]
    public void JourneyWithoutName()
    {
        Assert.That(ProblemsWithJson(Target("\"journeys\": [ { \"steps\": [\"https://example.org/\"] } ]")), Is.EqualTo(new[]
        {
            "target.json: journeys:0:name: is required: every journey needs a name",
        }));
    }

    [Test]
    public void DuplicateJourneyNames()
    {
        var json = Target("""
            "journeys": [
              { "name": "Book", "steps": ["https://example.org/a"] },
              { "name": "book", "steps": ["https://example.org/b"] }
            ]
            """);

        Assert.That(ProblemsWithJson(json), Is.EqualTo(new[]
        {
            "target.json: journeys:1:name: another journey is already called 'book'; names must be unique",
        }));
    }

    [Test]
    public void JourneyProblemFromTheEnvironment_NamesTheVariable()
    {
        Env["A11YAUDIT_JOURNEYS__0__NAME"] = "Env journey";
        Env["A11YAUDIT_JOURNEYS__0__WEIGHT"] = "urgent";

        var problems = ProblemsWithJson(Target());

        Assert.That(problems, Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_JOURNEYS__0__WEIGHT: must be one of critical, important, other (got 'urgent')",
            "environment variable A11YAUDIT_JOURNEYS__0__STEPS (not set): a journey needs at least one step (a URL, a root-relative path or a ^regular expression)",
        }));
    }

    [Test]
    public void CheckWithoutEnabled()
    {
        Assert.That(ProblemsWithJson(Target("\"checks\": { \"reflow\": {} }")), Is.EqualTo(new[]
        {
            "target.json: checks:reflow:enabled: is required: write { \"enabled\": true } or { \"enabled\": false }",
        }));
    }

    [Test]
    public void DisabledChecks_AreCollected_EnabledOnesAreNot()
    {
        var options = LoadJson(Target("""
            "checks": { "reflow": { "enabled": false }, "Timeouts-Warning": { "enabled": false }, "touch-targets": { "enabled": true } }
            """));

        Assert.That(options.DisabledChecks, Is.EquivalentTo(new[] { "reflow", "timeouts-warning" }));
        Assert.That(options.DisabledChecks.Contains("TIMEOUTS-WARNING"), Is.True, "check ids compare case-insensitively");
    }
}
