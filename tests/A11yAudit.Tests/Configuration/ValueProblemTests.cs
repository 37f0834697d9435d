namespace A11yAudit.Tests.Configuration;

public sealed class ValueProblemTests : ConfigurationTestBase
{
    [TestCase("\"crawl\": { \"maxPages\": \"ten\" }", "crawl:maxPages: must be a whole number (got 'ten')")]
    [TestCase("\"crawl\": { \"maxDepth\": 1.5 }", "crawl:maxDepth: must be a whole number (got '1.5')")]
    [TestCase("\"crawl\": { \"requestsPerSecondPerHost\": \"fast\" }", "crawl:requestsPerSecondPerHost: must be a number (got 'fast')")]
    [TestCase("\"crawl\": { \"respectRobotsTxt\": \"yes\" }", "crawl:respectRobotsTxt: must be true or false (got 'yes')")]
    [TestCase("\"browser\": { \"headless\": 0 }", "browser:headless: must be true or false (got '0')")]
    [TestCase("\"timeouts\": { \"scanSeconds\": \"1m\" }", "timeouts:scanSeconds: must be a number (got '1m')")]
    [TestCase("\"axe\": { \"iframes\": \"sometimes\" }", "axe:iframes: must be true or false (got 'sometimes')")]
    [TestCase("\"checks\": { \"reflow\": { \"enabled\": \"off\" } }", "checks:reflow:enabled: must be true or false (got 'off')")]
    [TestCase("\"browser\": { \"viewport\": { \"width\": \"wide\", \"height\": 600 } }", "browser:viewport:width: must be a whole number (got 'wide')")]
    public void WrongType(string members, string expected)
    {
        Assert.That(ProblemsWithJson(Target(members)), Is.EqualTo(new[] { "target.json: " + expected }));
    }

    [TestCase("\"crawl\": 5", "crawl: must be an object { … }")]
    [TestCase("\"crawl\": [ { \"maxPages\": 5 } ]", "crawl: must be an object { … }")]
    [TestCase("\"checks\": { \"reflow\": false }", "checks:reflow: must be an object { … }")]
    [TestCase("\"crawl\": { \"maxPages\": { \"value\": 5 } }", "crawl:maxPages: must be a single value, not a list or an object")]
    [TestCase("\"name\": [\"a\", \"b\"]", "name: must be a single value, not a list or an object")]
    [TestCase("\"browser\": { \"args\": \"--mute-audio\" }", "browser:args: must be a list; write it as [ \"…\", \"…\" ]")]
    [TestCase("\"journeys\": { \"name\": \"J\" }", "journeys: must be a list; write it as [ \"…\", \"…\" ]")]
    public void WrongShape(string members, string expected)
    {
        Assert.That(ProblemsWithJson(Target(members)), Is.EqualTo(new[] { "target.json: " + expected }));
    }

    [Test]
    public void StartUrlsAsAString_IsOneProblemNotTwo()
    {
        Assert.That(ProblemsWithJson("{ \"startUrls\": \"https://example.org/\" }"), Is.EqualTo(new[]
        {
            "target.json: startUrls: must be a list; write it as [ \"…\", \"…\" ]",
        }));
    }

    [Test]
    public void UnknownViewportName()
    {
        Assert.That(ProblemsWithJson(Target("\"browser\": { \"viewport\": \"tablet\" }")), Is.EqualTo(new[]
        {
            "target.json: browser:viewport: must be \"mobile\", \"desktop\" or an object { \"width\": …, \"height\": … } (got 'tablet')",
        }));
    }

    [Test]
    public void ViewportObject_NeedsWidthAndHeight()
    {
        Assert.That(ProblemsWithJson(Target("\"browser\": { \"viewport\": { \"isMobile\": true } }")), Is.EqualTo(new[]
        {
            "target.json: browser:viewport:width: is required when the viewport is an object",
            "target.json: browser:viewport:height: is required when the viewport is an object",
        }));
    }

    [Test]
    public void EmptyListItems_AreReported()
    {
        Assert.That(ProblemsWithJson(Target("\"browser\": { \"args\": [\"--a\", \"\", null] }")), Is.EqualTo(new[]
        {
            "target.json: browser:args:1: must not be empty",
            "target.json: browser:args:2: must not be empty",
        }));
    }

    [Test]
    public void EmptyAxeTags()
    {
        Assert.That(ProblemsWithJson(Target("\"axe\": { \"tags\": [] }")), Is.EqualTo(new[]
        {
            "target.json: axe:tags: needs at least one tag, such as \"wcag2a\"",
        }));
    }

    [Test]
    public void MissingTemplatesFolder()
    {
        Assert.That(ProblemsWithJson(Target("\"output\": { \"templates\": \"no-such-templates\" }")), Is.EqualTo(new[]
        {
            $"target.json: output:templates: folder not found: {Path.Combine(TempDir, "no-such-templates")}",
        }));
    }

    [Test]
    public void MissingBrowserExecutable_FromTheCommandLine()
    {
        Assert.That(ProblemsWithJson(Target(), new() { BrowserPath = "nope/chrome" }), Is.EqualTo(new[]
        {
            $"option --browser: file not found: {Path.Combine(TempDir, "nope", "chrome")}",
        }));
    }
}
