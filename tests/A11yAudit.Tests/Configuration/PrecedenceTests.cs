using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Configuration;

public sealed class PrecedenceTests : ConfigurationTestBase
{
    [Test]
    public void FileValue_IsUsedWhenNothingOverridesIt()
    {
        var options = LoadJson(Target("\"crawl\": { \"maxPages\": 10 }"));

        Assert.That(options.Crawl.MaxPages, Is.EqualTo(10));
    }

    [Test]
    public void Environment_OverridesFile()
    {
        Env["A11YAUDIT_CRAWL__MAXPAGES"] = "20";

        var options = LoadJson(Target("\"crawl\": { \"maxPages\": 10, \"maxDepth\": 3 }"));

        Assert.That(options.Crawl.MaxPages, Is.EqualTo(20));
        Assert.That(options.Crawl.MaxDepth, Is.EqualTo(3), "keys the environment does not set keep their file value");
    }

    [Test]
    public void CommandLine_OverridesEnvironmentAndFile()
    {
        Env["A11YAUDIT_CRAWL__MAXPAGES"] = "20";

        var options = LoadJson(Target("\"crawl\": { \"maxPages\": 10 }"), new CliOverrides { MaxPages = 30 });

        Assert.That(options.Crawl.MaxPages, Is.EqualTo(30));
    }

    [Test]
    public void EveryCommandLineOverride_Wins()
    {
        MakeDir("file-templates");
        MakeDir("cli-templates");
        var fileChrome = MakeFile("file-chrome");
        var cliChrome = MakeFile("cli-chrome");
        Env["A11YAUDIT_BROWSER__HEADLESS"] = "true";
        Env["A11YAUDIT_OUTPUT__DIRECTORY"] = "env-out";
        var json = Target($$"""
            "crawl": { "maxPages": 10, "maxDepth": 1, "concurrency": 1 },
            "browser": { "executablePath": "{{Path.GetFileName(fileChrome)}}", "headless": true },
            "output": { "directory": "file-out", "templates": "file-templates" }
            """);

        var options = LoadJson(json, new CliOverrides
        {
            OutputDirectory = "cli-out",
            MaxPages = 11,
            MaxDepth = 12,
            Concurrency = 13,
            BrowserPath = "cli-chrome",
            Headed = true,
            TemplatesDirectory = "cli-templates",
        });

        Assert.Multiple(() =>
        {
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "cli-out")));
            Assert.That(options.Crawl.MaxPages, Is.EqualTo(11));
            Assert.That(options.Crawl.MaxDepth, Is.EqualTo(12));
            Assert.That(options.Crawl.Concurrency, Is.EqualTo(13));
            Assert.That(options.Browser.ExecutablePath, Is.EqualTo(cliChrome));
            Assert.That(options.Browser.Headless, Is.False);
            Assert.That(options.TemplatesDirectory, Is.EqualTo(Path.Combine(TempDir, "cli-templates")));
        });
    }

    [Test]
    public void HeadedFalse_MeansHeadless()
    {
        var options = LoadJson(Target("\"browser\": { \"headless\": false }"), new CliOverrides { Headed = false });

        Assert.That(options.Browser.Headless, Is.True);
    }

    [Test]
    public void Screenshots_DefaultOn_TargetCanTurnOff_NoScreenshotsFlagWins()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LoadJson(Target("\"name\": \"x\"")).Screenshots, Is.True);
            Assert.That(LoadJson(Target("\"output\": { \"screenshots\": false }")).Screenshots, Is.False);
            Assert.That(LoadJson(Target("\"output\": { \"screenshots\": true }"), new CliOverrides { NoScreenshots = true }).Screenshots, Is.False);
            Assert.That(LoadJson(Target("\"output\": { \"screenshots\": true }"), new CliOverrides { NoScreenshots = false }).Screenshots, Is.True);
        });
    }

    [Test]
    public void ReuseIdenticalPages_DefaultsOnAndBinds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LoadJson(Target("\"name\": \"x\"")).Crawl.ReuseIdenticalPages, Is.True);
            Assert.That(LoadJson(Target("\"crawl\": { \"reuseIdenticalPages\": false }")).Crawl.ReuseIdenticalPages, Is.False);
            Assert.That(LoadJson(Target("\"name\": \"x\"")).Crawl.ReuseSharedRegions, Is.True);
            Assert.That(LoadJson(Target("\"crawl\": { \"reuseSharedRegions\": false }")).Crawl.ReuseSharedRegions, Is.False);
        });
    }

    [Test]
    public void EnvironmentNames_AreCaseInsensitive_AndEmptyOnesAreIgnored()
    {
        Env["a11yaudit_crawl__maxdepth"] = "2";
        Env["A11YAUDIT_CRAWL__MAXPAGES"] = string.Empty;
        Env["OTHER_TOOL_SETTING"] = "not ours";

        var options = LoadJson(Target("\"crawl\": { \"maxPages\": 10 }"));

        Assert.That(options.Crawl.MaxDepth, Is.EqualTo(2));
        Assert.That(options.Crawl.MaxPages, Is.EqualTo(10));
    }

    [Test]
    public void Environment_CanSetEverySection()
    {
        Env["A11YAUDIT_NAME"] = "From env";
        Env["A11YAUDIT_CRAWL__REQUESTSPERSECONDPERHOST"] = "0.25";
        Env["A11YAUDIT_CRAWL__FOLLOWLINKS"] = "false";
        Env["A11YAUDIT_BROWSER__VIEWPORT"] = "desktop";
        Env["A11YAUDIT_TIMEOUTS__SCANSECONDS"] = "90";
        Env["A11YAUDIT_AXE__TAGS__0"] = "wcag21aa";
        Env["A11YAUDIT_SCOPE__EXCLUDE__0"] = "^.*/admin";
        Env["A11YAUDIT_CHECKS__REFLOW__ENABLED"] = "false";

        var options = LoadJson(Target("\"browser\": { \"viewport\": { \"width\": 500, \"height\": 500 } }"));

        Assert.Multiple(() =>
        {
            Assert.That(options.Name, Is.EqualTo("From env"));
            Assert.That(options.Crawl.RequestsPerSecondPerHost, Is.EqualTo(0.25));
            Assert.That(options.Crawl.FollowLinks, Is.False);
            Assert.That(options.Browser.Viewport, Is.EqualTo(ViewportOptions.Desktop), "an environment string replaces a file object");
            Assert.That(options.Timeouts.Scan, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(options.Axe.Tags, Is.EqualTo(new[] { "wcag21aa" }));
            Assert.That(options.Scope.Exclude, Is.EqualTo(new[] { "^.*/admin" }));
            Assert.That(options.DisabledChecks, Is.EquivalentTo(new[] { "reflow" }));
        });
    }

    [Test]
    public void EnvironmentCanSwitchACheckBackOn()
    {
        Env["A11YAUDIT_CHECKS__REFLOW__ENABLED"] = "true";

        var options = LoadJson(Target("\"checks\": { \"reflow\": { \"enabled\": false } }"));

        Assert.That(options.DisabledChecks, Is.Empty);
    }

    [Test]
    public void A11yAuditBrowser_SetsTheExecutable_RelativeToTheCurrentDirectory()
    {
        var chrome = MakeFile("tools/chromium");
        Env["A11YAUDIT_BROWSER"] = "tools/chromium";

        var options = LoadJson(Target());

        Assert.That(options.Browser.ExecutablePath, Is.EqualTo(chrome));
    }

    [Test]
    public void A11yAuditBrowser_DoesNotCollideWithTheBrowserSection()
    {
        var chrome = MakeFile("chromium");
        Env["A11YAUDIT_BROWSER"] = chrome;
        Env["A11YAUDIT_BROWSER__HEADLESS"] = "false";

        var options = LoadJson(Target("\"browser\": { \"args\": [\"--mute-audio\"], \"viewport\": \"desktop\" }"));

        Assert.Multiple(() =>
        {
            Assert.That(options.Browser.ExecutablePath, Is.EqualTo(chrome));
            Assert.That(options.Browser.Headless, Is.False);
            Assert.That(options.Browser.ExtraArgs, Is.EqualTo(new[] { "--mute-audio" }));
            Assert.That(options.Browser.Viewport, Is.EqualTo(ViewportOptions.Desktop));
        });
    }

    [Test]
    public void A11yAuditBrowser_OverridesTheFile_AndLosesToTheCommandLine()
    {
        var fileChrome = MakeFile("file/chrome");
        var envChrome = MakeFile("env/chrome");
        var cliChrome = MakeFile("cli/chrome");
        Env["A11YAUDIT_BROWSER"] = envChrome;
        var target = WriteTarget(Target("\"browser\": { \"executablePath\": \"file/chrome\" }"));

        Assert.That(Load(target).Browser.ExecutablePath, Is.EqualTo(envChrome));
        Assert.That(Load(target, new CliOverrides { BrowserPath = cliChrome }).Browser.ExecutablePath, Is.EqualTo(cliChrome));
        Env.Clear();
        Assert.That(Load(target).Browser.ExecutablePath, Is.EqualTo(fileChrome));
    }

    [Test]
    public void UrlWithoutTargetFile_IsAnAdHocTargetNamedAfterTheHost()
    {
        Env["A11YAUDIT_CRAWL__MAXPAGES"] = "5";

        var options = Load(null, new CliOverrides { Url = "https://www.example.org/start?x=1" });

        Assert.Multiple(() =>
        {
            Assert.That(options.Name, Is.EqualTo("www.example.org"));
            Assert.That(options.SourceFile, Is.EqualTo("--url"));
            Assert.That(options.StartUrls, Is.EqualTo(new[] { new Uri("https://www.example.org/start?x=1") }));
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "reports", "www-example-org")));
            Assert.That(options.Crawl.MaxPages, Is.EqualTo(5), "the environment still applies");
        });
    }

    [Test]
    public void UrlWithTargetFile_ReplacesAllItsStartUrls()
    {
        var json = "{ \"name\": \"T\", \"startUrls\": [\"https://a.example/\", \"https://b.example/\", \"https://c.example/\"] }";

        var options = LoadJson(json, new CliOverrides { Url = "https://d.example/" });

        Assert.That(options.StartUrls, Is.EqualTo(new[] { new Uri("https://d.example/") }));
        Assert.That(options.Name, Is.EqualTo("T"));
    }

    [Test]
    public void UrlWithServedTarget_IsARootRelativePath()
    {
        MakeDir("site");

        var options = LoadJson("{ \"serve\": \"site\", \"startUrls\": [\"/\"] }", new CliOverrides { Url = "/book/" });

        Assert.That(options.StartUrls.Single().OriginalString, Is.EqualTo("/book/"));
    }

    [Test]
    public void ServeAndTemplates_AreRelativeToTheTargetFile_OutputToTheCurrentDirectory()
    {
        MakeDir("targets/site");
        MakeDir("targets/templates");
        var target = WriteTarget(
            "{ \"serve\": \"site\", \"startUrls\": [\"/\"], \"output\": { \"directory\": \"reports/x\", \"templates\": \"templates\" } }",
            "targets/t.json");

        var options = Load(target);

        Assert.Multiple(() =>
        {
            Assert.That(options.ServeRoot, Is.EqualTo(Path.Combine(TempDir, "targets", "site")));
            Assert.That(options.TemplatesDirectory, Is.EqualTo(Path.Combine(TempDir, "targets", "templates")));
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(TempDir, "reports", "x")));
        });
    }

    [Test]
    public void ServeFromEnvironment_IsRelativeToTheCurrentDirectory()
    {
        MakeDir("site");
        Env["A11YAUDIT_SERVE"] = "site";
        var target = WriteTarget("{ \"startUrls\": [\"/\"] }", "targets/t.json");

        var options = Load(target);

        Assert.That(options.ServeRoot, Is.EqualTo(Path.Combine(TempDir, "site")));
    }

    [Test]
    public void EnvironmentListItems_MergeByIndex()
    {
        Env["A11YAUDIT_STARTURLS__0"] = "https://env.example/";

        var options = LoadJson("{ \"startUrls\": [\"https://a.example/\", \"https://b.example/\"] }");

        Assert.That(options.StartUrls, Is.EqualTo(new[] { new Uri("https://env.example/"), new Uri("https://b.example/") }));
    }

    [Test]
    public void ProcessEnvironment_IsReadWhenNoneIsGiven()
    {
        // Only checks that the default path works; the variables set in CI are not under test.
        var target = WriteTarget(Target());

        Assert.DoesNotThrow(() =>
        {
            try
            {
                TargetLoader.Load(target, CliOverrides.None, environment: null, currentDirectory: TempDir);
            }
            catch (ConfigurationException e) when (e.Message.Contains("environment variable", StringComparison.Ordinal))
            {
                // A11YAUDIT_* set in the developer's shell may be wrong; that is not this test's business.
            }
        });
    }
}
