using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Configuration;

public sealed class DefaultsTests : ConfigurationTestBase
{
    [Test]
    public void MinimalTarget_GetsTheDocumentedDefaults()
    {
        var options = LoadJson("{ \"startUrls\": [\"https://example.org/\"] }");

        Assert.Multiple(() =>
        {
            Assert.That(options.Name, Is.EqualTo("target"), "name defaults to the file name");
            Assert.That(options.Description, Is.Null);
            Assert.That(options.SourceFile, Is.EqualTo("target.json"));
            Assert.That(options.StartUrls, Is.EqualTo(new[] { new Uri("https://example.org/") }));
            Assert.That(options.ServeRoot, Is.Null);
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "reports", "target")));
            Assert.That(options.TemplatesDirectory, Is.Null);

            Assert.That(options.Scope.AllowedOrigins, Is.Empty);
            Assert.That(options.Scope.Include, Is.Empty);
            Assert.That(options.Scope.Exclude, Is.Empty);
            Assert.That(options.Scope.IgnoreQueryParameters, Is.EqualTo(new[] { "utm_*", "gclid", "fbclid", "msclkid", "_ga", "mc_cid", "mc_eid" }));

            Assert.That(options.Crawl.MaxPages, Is.EqualTo(50));
            Assert.That(options.Crawl.MaxDepth, Is.EqualTo(5));
            Assert.That(options.Crawl.Concurrency, Is.EqualTo(Math.Clamp(Environment.ProcessorCount, 1, 4)));
            Assert.That(options.Crawl.FollowLinks, Is.True);
            Assert.That(options.Crawl.UseSitemaps, Is.True);
            Assert.That(options.Crawl.RespectRobotsTxt, Is.True);
            Assert.That(options.Crawl.RequestsPerSecondPerHost, Is.EqualTo(1.0));
            Assert.That(options.Crawl.AllowNonGetRequests, Is.False);

            Assert.That(options.Browser.ExecutablePath, Is.Null);
            Assert.That(options.Browser.Headless, Is.True);
            Assert.That(options.Browser.ExtraArgs, Is.Empty);
            Assert.That(options.Browser.Viewport, Is.EqualTo(ViewportOptions.Mobile));

            Assert.That(options.Timeouts.Navigation, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.Timeouts.NetworkIdle, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(options.Timeouts.Scan, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.Timeouts.Page, Is.EqualTo(TimeSpan.FromSeconds(120)));

            Assert.That(options.Axe.Tags, Is.EqualTo(new[] { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa" }));
            Assert.That(options.Axe.IncludeBestPractice, Is.True);
            Assert.That(options.Axe.Iframes, Is.True);

            Assert.That(options.Journeys, Is.Empty);
            Assert.That(options.DisabledChecks, Is.Empty);
        });
    }

    [Test]
    public void NullsAndEmptyObjects_MeanNotSet()
    {
        var options = LoadJson(Target("""
            "description": null, "serve": null, "scope": {}, "crawl": { "maxPages": null },
            "browser": { "executablePath": null, "viewport": null }, "checks": {}, "output": { "directory": null, "templates": null }
            """));

        Assert.Multiple(() =>
        {
            Assert.That(options.ServeRoot, Is.Null);
            Assert.That(options.Crawl.MaxPages, Is.EqualTo(50));
            Assert.That(options.Browser.ExecutablePath, Is.Null);
            Assert.That(options.Browser.Viewport, Is.EqualTo(ViewportOptions.Mobile));
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "reports", "target")));
            Assert.That(options.TemplatesDirectory, Is.Null);
        });
    }

    [Test]
    public void EmptyIgnoreQueryParameters_KeepsEveryParameter()
    {
        var options = LoadJson(Target("\"scope\": { \"ignoreQueryParameters\": [] }"));

        Assert.That(options.Scope.IgnoreQueryParameters, Is.Empty);
    }

    [Test]
    public void DefaultOutputDirectory_IsASlugOfTheName()
    {
        var options = LoadJson(Target("\"name\": \"Riverside Health (démo) – GP!\""));

        Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "reports", "riverside-health-demo-gp")));
    }

    [Test]
    public void FullTarget_BindsEveryKey()
    {
        MakeDir("site");
        MakeDir("templates");
        var chrome = MakeFile("bin/chrome");
        var options = LoadJson($$"""
            {
              "$schema": "./target.schema.json",
              "name": "Everything",
              "description": "All keys",
              "serve": "site",
              "startUrls": ["/", "/about/"],
              "scope": { "allowedOrigins": ["http://127.0.0.1:8080/"], "include": ["^.*/about"], "exclude": ["/private/"], "ignoreQueryParameters": ["ref"] },
              "crawl": { "maxPages": 7, "maxDepth": 0, "concurrency": 3, "followLinks": false, "useSitemaps": false, "respectRobotsTxt": false, "requestsPerSecondPerHost": 2.5, "allowNonGetRequests": true },
              "browser": { "executablePath": "{{chrome.Replace("\\", "\\\\", StringComparison.Ordinal)}}", "headless": false, "args": ["--lang=en-GB"], "viewport": "desktop" },
              "timeouts": { "navigationSeconds": 10, "networkIdleSeconds": 0.5, "scanSeconds": 20, "pageSeconds": 40 },
              "axe": { "tags": ["wcag2a"], "includeBestPractice": false, "iframes": false },
              "journeys": [ { "name": "About", "weight": "Critical", "steps": ["/", "^.*/about/?$"] } ],
              "checks": { "reflow": { "enabled": false }, "touch-targets": { "enabled": true } },
              "output": { "directory": "out/everything", "templates": "templates" }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(options.Name, Is.EqualTo("Everything"));
            Assert.That(options.Description, Is.EqualTo("All keys"));
            Assert.That(options.ServeRoot, Is.EqualTo(Path.Combine(TempDir, "site")));
            Assert.That(options.StartUrls.Select(u => u.OriginalString), Is.EqualTo(new[] { "/", "/about/" }));
            Assert.That(options.StartUrls.All(u => !u.IsAbsoluteUri), "served start URLs stay relative until the server starts");
            Assert.That(options.Scope.AllowedOrigins, Is.EqualTo(new[] { "http://127.0.0.1:8080" }));
            Assert.That(options.Scope.Include, Is.EqualTo(new[] { "^.*/about" }));
            Assert.That(options.Scope.Exclude, Has.Count.EqualTo(1));
            Assert.That(options.Scope.IgnoreQueryParameters, Is.EqualTo(new[] { "ref" }));
            Assert.That(options.Crawl, Is.EqualTo(new CrawlOptions
            {
                MaxPages = 7, MaxDepth = 0, Concurrency = 3, FollowLinks = false, UseSitemaps = false,
                RespectRobotsTxt = false, RequestsPerSecondPerHost = 2.5, AllowNonGetRequests = true,
            }));
            Assert.That(options.Browser.ExecutablePath, Is.EqualTo(chrome));
            Assert.That(options.Browser.Headless, Is.False);
            Assert.That(options.Browser.ExtraArgs, Is.EqualTo(new[] { "--lang=en-GB" }));
            Assert.That(options.Browser.Viewport, Is.EqualTo(ViewportOptions.Desktop));
            Assert.That(options.Timeouts.NetworkIdle, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(options.Timeouts.Page, Is.EqualTo(TimeSpan.FromSeconds(40)));
            Assert.That(options.Axe.Tags, Is.EqualTo(new[] { "wcag2a" }));
            Assert.That(options.Axe.IncludeBestPractice, Is.False);
            Assert.That(options.Axe.Iframes, Is.False);
            Assert.That(options.Journeys, Has.Count.EqualTo(1));
            Assert.That(options.Journeys[0].Weight, Is.EqualTo("critical"));
            Assert.That(options.Journeys[0].Steps, Is.EqualTo(new[] { "/", "^.*/about/?$" }));
            Assert.That(options.DisabledChecks, Is.EquivalentTo(new[] { "reflow" }));
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "out", "everything")));
            Assert.That(options.TemplatesDirectory, Is.EqualTo(Path.Combine(TempDir, "templates")));
        });
    }

    [Test]
    public void ViewportObject_BecomesACustomViewport()
    {
        var options = LoadJson(Target("\"browser\": { \"viewport\": { \"width\": 320, \"height\": 640, \"isMobile\": true, \"deviceScaleFactor\": 2 } }"));

        Assert.That(options.Browser.Viewport, Is.EqualTo(new ViewportOptions("320x640", 320, 640, true, 2)));
    }

    [Test]
    public void PlainScopeEntries_BecomePrefixPatterns()
    {
        var options = LoadJson(Target("\"scope\": { \"exclude\": [\"/search\", \"https://example.org/a+b/\"] }"));
        var scope = new A11yAudit.Core.Urls.ScopeRules(options.Scope, options.StartUrls);

        Assert.Multiple(() =>
        {
            Assert.That(scope.Decide(new Uri("https://example.org/search?q=x")).Allow, Is.False);
            Assert.That(scope.Decide(new Uri("https://example.org/search/results")).Allow, Is.False);
            Assert.That(scope.Decide(new Uri("https://example.org/a+b/page")).Allow, Is.False, "URL entries are escaped, not regexes");
            Assert.That(scope.Decide(new Uri("https://example.org/aab/page")).Allow, Is.True);
            Assert.That(scope.Decide(new Uri("https://example.org/research")).Allow, Is.True, "a path entry matches from the root only");
        });
    }

    [Test]
    public void RootRelativeJourneySteps_AreResolvedAgainstTheFirstStartUrl()
    {
        var options = LoadJson(Target("\"journeys\": [ { \"name\": \"J\", \"steps\": [\"/a\", \"https://example.org/b\", \"^.*/c$\"] } ]"));

        Assert.That(options.Journeys[0].Steps, Is.EqualTo(new[] { "https://example.org/a", "https://example.org/b", "^.*/c$" }));
        Assert.That(options.Journeys[0].Weight, Is.EqualTo("important"), "weight defaults to important");
    }

    [Test]
    public void JsonCommentsAndTrailingCommas_AreAccepted()
    {
        var options = LoadJson("{ // the demo\n \"startUrls\": [\"https://example.org/\",], /* more */ \"crawl\": { \"maxPages\": 3, }, }");

        Assert.That(options.Crawl.MaxPages, Is.EqualTo(3));
    }

    [Test]
    public void KeysAreCaseInsensitive()
    {
        var options = LoadJson("{ \"STARTURLS\": [\"https://example.org/\"], \"Crawl\": { \"MaxPages\": 9 } }");

        Assert.That(options.Crawl.MaxPages, Is.EqualTo(9));
    }
}
