namespace A11yAudit.Tests.Configuration;

public sealed class EnvironmentProblemTests : ConfigurationTestBase
{
    [Test]
    public void UnknownVariable_NamesTheVariableAndSuggestsTheRightOne()
    {
        Env["A11YAUDIT_CRAWL__MAXPAGEZ"] = "10";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_CRAWL__MAXPAGEZ: unknown key (did you mean A11YAUDIT_CRAWL__MAXPAGES?)",
        }));
    }

    [Test]
    public void UnknownSection_NamesEveryVariableUnderIt()
    {
        Env["A11YAUDIT_CRAWLS__MAXPAGES"] = "10";
        Env["A11YAUDIT_CRAWLS__MAXDEPTH"] = "1";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_CRAWLS__MAXDEPTH: unknown key (did you mean A11YAUDIT_CRAWL__MAXDEPTH?)",
            "environment variable A11YAUDIT_CRAWLS__MAXPAGES: unknown key (did you mean A11YAUDIT_CRAWL__MAXPAGES?)",
        }));
    }

    [Test]
    public void UnknownVariableWithNoCloseMatch_ListsTheKnownNames()
    {
        Env["A11YAUDIT_AXE__RULES"] = "x";

        Assert.That(ProblemsWithJson(Target()).Single(), Is.EqualTo(
            "environment variable A11YAUDIT_AXE__RULES: unknown key (known names after A11YAUDIT_AXE__: TAGS, INCLUDEBESTPRACTICE, IFRAMES)"));
    }

    [Test]
    public void WrongType_NamesTheVariable()
    {
        Env["A11YAUDIT_CRAWL__MAXPAGES"] = "abc";
        Env["A11YAUDIT_BROWSER__HEADLESS"] = "no";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_BROWSER__HEADLESS: must be true or false (got 'no')",
            "environment variable A11YAUDIT_CRAWL__MAXPAGES: must be a whole number (got 'abc')",
        }));
    }

    [Test]
    public void OutOfRange_IsBlamedOnTheVariable_NotTheFile()
    {
        Env["A11YAUDIT_CRAWL__MAXPAGES"] = "0";

        Assert.That(ProblemsWithJson(Target("\"crawl\": { \"maxPages\": 10 }")), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_CRAWL__MAXPAGES: must be between 1 and 100000 (got 0)",
        }));
    }

    [Test]
    public void ListSetAsOneVariable_ExplainsHowToSetAList()
    {
        Env["A11YAUDIT_STARTURLS"] = "https://example.org/";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_STARTURLS: must be a list; set A11YAUDIT_STARTURLS__0, A11YAUDIT_STARTURLS__1, … instead",
        }));
    }

    [Test]
    public void SectionSetAsOneVariable_PointsAtItsMembers()
    {
        Env["A11YAUDIT_CHECKS__REFLOW"] = "false";
        Env["A11YAUDIT_CRAWL"] = "10";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_CHECKS__REFLOW: is a group of settings, not a single value; set variables such as A11YAUDIT_CHECKS__REFLOW__ENABLED instead",
            "environment variable A11YAUDIT_CRAWL: is a group of settings, not a single value; set variables such as A11YAUDIT_CRAWL__MAXPAGES instead",
        }));
    }

    [Test]
    public void ViewportSetAsNameAndSize()
    {
        Env["A11YAUDIT_BROWSER__VIEWPORT"] = "desktop";
        Env["A11YAUDIT_BROWSER__VIEWPORT__WIDTH"] = "800";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            "environment variable A11YAUDIT_BROWSER__VIEWPORT: is set both as a name and as an object; set only one",
        }));
    }

    [Test]
    public void BrowserVariableAndBrowserExecutablePathVariable_Conflict()
    {
        Env["A11YAUDIT_BROWSER"] = "/usr/bin/chromium";
        Env["A11YAUDIT_BROWSER__EXECUTABLEPATH"] = "/usr/bin/chrome";

        Assert.That(ProblemsWithJson(Target()), Has.Member(
            "environment variables A11YAUDIT_BROWSER and A11YAUDIT_BROWSER__EXECUTABLEPATH: both set the same setting; set only one"));
    }

    [Test]
    public void BrowserVariable_PointingNowhere()
    {
        Env["A11YAUDIT_BROWSER"] = "/no/such/chromium";

        Assert.That(ProblemsWithJson(Target()), Is.EqualTo(new[]
        {
            $"environment variable A11YAUDIT_BROWSER: file not found: {Path.GetFullPath("/no/such/chromium")}",
        }));
    }

    [Test]
    public void RelativeStartUrlFromEnvironment_WithoutServe()
    {
        Env["A11YAUDIT_STARTURLS__0"] = "/home";

        Assert.That(ProblemsWithJson(Target()).Single(), Does.StartWith(
            "environment variable A11YAUDIT_STARTURLS__0: is a root-relative path, which is only allowed when serve is set"));
    }
}
