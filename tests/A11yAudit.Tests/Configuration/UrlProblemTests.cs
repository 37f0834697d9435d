using A11yAudit.Cli.Configuration;

namespace A11yAudit.Tests.Configuration;

public sealed class UrlProblemTests : ConfigurationTestBase
{
    [TestCase("example.org")]
    [TestCase("ftp://example.org/")]
    [TestCase("mailto:someone@example.org")]
    [TestCase("https://")]
    public void StartUrlMustBeAbsoluteHttp(string url)
    {
        Assert.That(ProblemsWithJson($"{{ \"startUrls\": [\"https://example.org/\", \"{url}\"] }}"), Is.EqualTo(new[]
        {
            $"target.json: startUrls:1: must be an absolute http or https URL (got '{url}')",
        }));
    }

    [Test]
    public void RootRelativeStartUrl_NeedsServe()
    {
        Assert.That(ProblemsWithJson("{ \"startUrls\": [\"/\"] }"), Is.EqualTo(new[]
        {
            "target.json: startUrls:0: is a root-relative path, which is only allowed when serve is set; give an absolute http or https URL (got '/')",
        }));
    }

    [Test]
    public void AbsoluteStartUrl_WithServe()
    {
        MakeDir("site");

        Assert.That(ProblemsWithJson("{ \"serve\": \"site\", \"startUrls\": [\"http://localhost:8080/\"] }").Single(), Does.StartWith(
            "target.json: startUrls:0: must be a root-relative path such as \"/\" when serve is set"));
    }

    [Test]
    public void MissingStartUrls()
    {
        Assert.That(ProblemsWithJson("{ \"name\": \"No start\" }"), Is.EqualTo(new[]
        {
            "target.json: startUrls: at least one start URL is required, such as [\"https://www.example.org/\"]",
        }));
    }

    [Test]
    public void EmptyStartUrls()
    {
        Assert.That(ProblemsWithJson("{ \"startUrls\": [] }").Single(), Does.StartWith("target.json: startUrls: at least one start URL is required"));
    }

    [Test]
    public void MissingServeFolder()
    {
        var target = WriteTarget("{ \"serve\": \"site\", \"startUrls\": [\"/\"] }", "targets/t.json");

        Assert.That(Problems(target), Is.EqualTo(new[]
        {
            $"targets/t.json: serve: folder not found: {Path.Combine(TempDir, "targets", "site")}",
        }));
    }

    [Test]
    public void BadUrlOnTheCommandLine_NamesTheOption()
    {
        Assert.That(Problems(null, new CliOverrides { Url = "www.example.org" }), Is.EqualTo(new[]
        {
            "option --url: must be an absolute http or https URL (got 'www.example.org')",
        }));
    }

    [TestCase("https://example.org/path")]
    [TestCase("https://example.org?q=1")]
    [TestCase("example.org")]
    [TestCase("^https://example")]
    public void BadOrigin(string origin)
    {
        Assert.That(ProblemsWithJson(Target($"\"scope\": {{ \"allowedOrigins\": [\"{origin}\"] }}")).Single(), Does.StartWith(
            "target.json: scope:allowedOrigins:0: must be an origin: scheme, host and optional port, with no path"));
    }

    [Test]
    public void Origins_AreNormalised()
    {
        var options = LoadJson(Target("\"scope\": { \"allowedOrigins\": [\"HTTPS://WWW.Example.org:443/\", \"http://localhost:5000\"] }"));

        Assert.That(options.Scope.AllowedOrigins, Is.EqualTo(new[] { "https://www.example.org", "http://localhost:5000" }));
    }

    [TestCase("include")]
    [TestCase("exclude")]
    public void InvalidScopeRegex(string key)
    {
        Assert.That(ProblemsWithJson(Target($"\"scope\": {{ \"{key}\": [\"^https://example\\\\.org/(a|b\"] }}")).Single(), Does.StartWith(
            $"target.json: scope:{key}:0: is not a valid regular expression: "));
    }

    [Test]
    public void ScopeEntryThatIsNeitherUrlNorPathNorRegex()
    {
        Assert.That(ProblemsWithJson(Target("\"scope\": { \"exclude\": [\"search\"] }")), Is.EqualTo(new[]
        {
            "target.json: scope:exclude:0: must be an absolute http or https URL, a root-relative path starting with \"/\", or a regular expression starting with \"^\" (got 'search')",
        }));
    }

    [Test]
    public void InvalidJourneyStepRegex()
    {
        Assert.That(ProblemsWithJson(Target("\"journeys\": [ { \"name\": \"J\", \"steps\": [\"https://example.org/\", \"^.*/book/[step\"] } ]")).Single(), Does.StartWith(
            "target.json: journeys:0:steps:1: is not a valid regular expression: "));
    }

    [Test]
    public void JourneyStepThatIsNeitherUrlNorPathNorRegex()
    {
        Assert.That(ProblemsWithJson(Target("\"journeys\": [ { \"name\": \"J\", \"steps\": [\"book/step-1.html\"] } ]")).Single(), Does.StartWith(
            "target.json: journeys:0:steps:0: must be an absolute http or https URL, a root-relative path"));
    }
}
