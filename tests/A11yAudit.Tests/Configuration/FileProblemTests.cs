using A11yAudit.Cli.Configuration;

namespace A11yAudit.Tests.Configuration;

public sealed class FileProblemTests : ConfigurationTestBase
{
    [Test]
    public void MissingTargetFile()
    {
        var problems = Problems("audit-targets/missing.json");

        Assert.That(problems, Is.EqualTo(new[]
        {
            $"target file not found: audit-targets/missing.json ({Path.Combine(TempDir, "audit-targets", "missing.json")})",
        }));
    }

    [Test]
    public void NeitherTargetFileNorUrl()
    {
        var problems = Problems(null);

        Assert.That(problems.Single(), Does.StartWith("no audit target: give a target file").And.Contains("--url"));
    }

    [Test]
    public void MalformedJson_NamesTheFileAndLine()
    {
        var problems = ProblemsWithJson("{\n  \"startUrls\": [\"https://example.org/\"],\n  \"crawl\": { \"maxPages\": }\n}");

        Assert.That(problems.Single(), Does.StartWith("target.json: line 3, position ").And.Contains("invalid JSON: '}' is an invalid start of a value."));
        Assert.That(problems.Single(), Does.Not.Contain("LineNumber").And.Not.Contain("BytePositionInLine"));
    }

    [Test]
    public void UnterminatedJson_NamesTheFile()
    {
        var problems = ProblemsWithJson("{ \"startUrls\": [\"https://example.org/\"");

        Assert.That(problems.Single(), Does.StartWith("target.json: line 1").And.Contains("invalid JSON"));
    }

    [Test]
    public void EmptyFile()
    {
        var problems = ProblemsWithJson("  \n");

        Assert.That(problems.Single(), Does.StartWith("target.json: the file is empty"));
    }

    [Test]
    public void TopLevelArray()
    {
        var problems = ProblemsWithJson("[ \"https://example.org/\" ]");

        Assert.That(problems.Single(), Does.StartWith("target.json: invalid JSON:"));
    }

    [Test]
    public void DuplicateKeys_DifferingOnlyInCase()
    {
        var problems = ProblemsWithJson("{ \"startUrls\": [\"https://example.org/\"], \"name\": \"a\", \"Name\": \"b\" }");

        Assert.That(problems.Single(), Does.StartWith("target.json: invalid JSON:").And.Contains("duplicate key"));
    }

    [Test]
    public void EveryProblemIsReported_EachOnItsOwnLine()
    {
        Env["A11YAUDIT_CRAWL__MAXDEPTH"] = "-1";
        var json = """
            {
              "startUrls": ["example.org"],
              "crawl": { "maxPages": 0, "concurency": 2 },
              "timeouts": { "scanSeconds": 0 },
              "journeys": [ { "name": "J", "weight": "high", "steps": [] } ]
            }
            """;

        var e = Assert.Throws<ConfigurationException>(() => LoadJson(json))!;

        Assert.That(e.Problems, Has.Count.EqualTo(7));
        Assert.That(e.Message.Split(Environment.NewLine), Is.EqualTo(e.Problems));
        Assert.That(e.Problems, Has.Some.StartsWith("target.json: startUrls:0: "));
        Assert.That(e.Problems, Has.Some.StartsWith("target.json: crawl:maxPages: "));
        Assert.That(e.Problems, Has.Some.StartsWith("target.json: crawl:concurency: unknown key"));
        Assert.That(e.Problems, Has.Some.StartsWith("environment variable A11YAUDIT_CRAWL__MAXDEPTH: "));
        Assert.That(e.Problems, Has.Some.StartsWith("target.json: timeouts:scanSeconds: "));
        Assert.That(e.Problems, Has.Some.StartsWith("target.json: journeys:0:weight: "));
        Assert.That(e.Problems, Has.Some.StartsWith("target.json: journeys:0:steps: "));
    }

    [Test]
    public void Messages_CarryNoStackTracesOrDotNetTypeNames()
    {
        var json = """
            {
              "startUrls": "https://example.org/",
              "crawl": { "maxPages": "ten", "concurrency": 2.5, "followLinks": "yes", "requestsPerSecondPerHost": "fast" },
              "browser": { "headless": 1, "viewport": { "width": "wide", "height": 100 } },
              "timeouts": { "pageSeconds": "soon" },
              "scope": { "include": ["^(unclosed"] }
            }
            """;

        var e = Assert.Throws<ConfigurationException>(() => LoadJson(json))!;

        Assert.That(e.Problems, Has.Count.EqualTo(9));
        foreach (var problem in e.Problems)
        {
            Assert.That(problem, Does.Not.Contain("System.").And.Not.Contain("Int32").And.Not.Contain("Boolean")
                .And.Not.Contain("Double").And.Not.Contain("Exception").And.Not.Contain("   at "));
        }
    }
}
