using A11yAudit.Cli.Configuration;

namespace A11yAudit.Tests.Configuration;

public sealed class RangeProblemTests : ConfigurationTestBase
{
    [Test]
    public void MaxPagesZero_ReadsLikeTheDocumentedExample()
    {
        var target = WriteTarget(Target("\"crawl\": { \"maxPages\": 0 }"), "audit-targets/x.json");

        Assert.That(Problems(target), Is.EqualTo(new[] { "audit-targets/x.json: crawl:maxPages: must be between 1 and 100000 (got 0)" }));
    }

    [TestCase("maxPages", 100001, "must be between 1 and 100000 (got 100001)")]
    [TestCase("maxDepth", -1, "must be between 0 and 1000 (got -1)")]
    [TestCase("concurrency", 0, "must be between 1 and 32 (got 0)")]
    [TestCase("concurrency", 33, "must be between 1 and 32 (got 33)")]
    public void CrawlWholeNumbersOutOfRange(string key, long value, string expected)
    {
        Assert.That(ProblemsWithJson(Target($"\"crawl\": {{ \"{key}\": {value} }}")), Is.EqualTo(new[] { $"target.json: crawl:{key}: {expected}" }));
    }

    [Test]
    public void MaxDepthZero_IsAllowed()
    {
        Assert.That(LoadJson(Target("\"crawl\": { \"maxDepth\": 0 }")).Crawl.MaxDepth, Is.Zero);
    }

    [TestCase("0")]
    [TestCase("-0.5")]
    public void RequestRateMustBePositive(string value)
    {
        Assert.That(ProblemsWithJson(Target($"\"crawl\": {{ \"requestsPerSecondPerHost\": {value} }}")), Is.EqualTo(new[]
        {
            $"target.json: crawl:requestsPerSecondPerHost: must be greater than 0 and at most 1000 (got {value})",
        }));
    }

    [TestCase("navigationSeconds", "0")]
    [TestCase("networkIdleSeconds", "-1")]
    [TestCase("scanSeconds", "0")]
    [TestCase("pageSeconds", "100000")]
    public void TimeoutsMustBePositive(string key, string value)
    {
        Assert.That(ProblemsWithJson(Target($"\"timeouts\": {{ \"{key}\": {value} }}")), Is.EqualTo(new[]
        {
            $"target.json: timeouts:{key}: must be a number of seconds greater than 0 and at most 86400 (got {value})",
        }));
    }

    [Test]
    public void ViewportSizeOutOfRange()
    {
        Assert.That(ProblemsWithJson(Target("\"browser\": { \"viewport\": { \"width\": 50, \"height\": 800 } }")), Is.EqualTo(new[]
        {
            "target.json: browser:viewport:width: must be between 100 and 10000 (got 50)",
        }));
    }

    [TestCase(0, "option --max-pages: must be between 1 and 100000 (got 0)")]
    [TestCase(-2, "option --max-pages: must be between 1 and 100000 (got -2)")]
    public void CommandLineOutOfRange_NamesTheOption(int maxPages, string expected)
    {
        Assert.That(ProblemsWithJson(Target(), new CliOverrides { MaxPages = maxPages }), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void CommandLineConcurrencyAndDepth_NameTheirOptions()
    {
        Assert.That(ProblemsWithJson(Target(), new CliOverrides { Concurrency = 64, MaxDepth = -1 }), Is.EqualTo(new[]
        {
            "option --max-depth: must be between 0 and 1000 (got -1)",
            "option --concurrency: must be between 1 and 32 (got 64)",
        }));
    }
}
