using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;

namespace A11yAudit.Tests.Configuration;

/// <summary>The targets shipped in audit-targets/ load, validate, and scope what they say they do.</summary>
public sealed class BundledTargetTests
{
    private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

    private static string DemoFile => Path.Combine(RepoPaths.AuditTargets, "demo.json");

    private static string NhsFile => Path.Combine(RepoPaths.AuditTargets, "nhs-app-web.json");

    private static AuditOptions Load(string file) => TargetLoader.Load(file, CliOverrides.None, NoEnvironment, RepoPaths.Root);

    [Test]
    public void Demo_LoadsAndValidates()
    {
        RequireDemoSite();

        var options = Load(DemoFile);

        Assert.Multiple(() =>
        {
            Assert.That(options.Name, Is.EqualTo("Riverside Health (demo)"));
            Assert.That(options.ServeRoot, Is.EqualTo(Path.Combine(RepoPaths.AuditTargets, "demo")));
            Assert.That(options.StartUrls.Select(u => u.OriginalString), Is.EqualTo(new[] { "/" }));
            Assert.That(options.Crawl.MaxPages, Is.EqualTo(40));
            Assert.That(options.Crawl.RespectRobotsTxt, Is.True);
            Assert.That(options.OutputDirectory, Is.EqualTo(Path.Combine(RepoPaths.Root, "reports", "demo")));
            Assert.That(options.Journeys.Select(j => (j.Name, j.Weight, j.Steps.Count)), Is.EqualTo(new[]
            {
                ("Book a GP appointment", "critical", 5),
                ("Order a repeat prescription", "critical", 2),
                ("View test results", "important", 2),
                ("Contact the practice", "important", 2),
            }));
            Assert.That(options.Journeys[0].Steps, Is.EqualTo(new[]
            {
                "/book/index.html", "/book/step-1.html", "/book/step-2.html", "/book/step-3.html", "/book/confirmation.html",
            }));
        });
    }

    [Test]
    public void Demo_JourneyStepsArePagesOfTheServedSite()
    {
        RequireDemoSite();

        var options = Load(DemoFile);

        foreach (var step in options.Journeys.SelectMany(j => j.Steps))
        {
            Assert.That(File.Exists(Path.Combine(options.ServeRoot!, step.TrimStart('/'))), Is.True, $"{step} is not in {options.ServeRoot}");
        }
    }

    [Test]
    public void NhsAppWeb_LoadsAndValidates()
    {
        var options = Load(NhsFile);

        Assert.Multiple(() =>
        {
            Assert.That(options.ServeRoot, Is.Null);
            Assert.That(options.StartUrls, Is.EqualTo(new[]
            {
                new Uri("https://www.nhs.uk/nhs-app/"),
                new Uri("https://www.nhs.uk/nhs-app/about-the-nhs-app/"),
                new Uri("https://www.nhs.uk/conditions/"),
                new Uri("https://www.nhs.uk/nhs-services/gps/"),
            }));
            Assert.That(options.Scope.AllowedOrigins, Is.EqualTo(new[] { "https://www.nhs.uk" }));
            Assert.That(options.Crawl.RequestsPerSecondPerHost, Is.EqualTo(0.5));
            Assert.That(options.Crawl.MaxPages, Is.EqualTo(60));
            Assert.That(options.Crawl.MaxDepth, Is.EqualTo(2));
            Assert.That(options.Crawl.RespectRobotsTxt, Is.True);
            Assert.That(options.Crawl.AllowNonGetRequests, Is.False);
            Assert.That(options.Journeys, Has.Count.GreaterThanOrEqualTo(2));
        });
    }

    [TestCase("https://www.nhs.uk/nhs-app/", true)]
    [TestCase("https://www.nhs.uk/nhs-app/about-the-nhs-app/", true)]
    [TestCase("https://www.nhs.uk/nhs-services/gps/", true)]
    [TestCase("https://www.nhs.uk/conditions/", true)]
    [TestCase("https://www.nhs.uk/conditions/asthma/", true)]
    [TestCase("https://www.nhs.uk/conditions/asthma/symptoms/", false)]
    [TestCase("https://www.nhs.uk/live-well/", false)]
    [TestCase("https://www.nhs.uk/search/results?q=flu", false)]
    [TestCase("https://www.nhs.uk/service-search/find-a-gp", false)]
    [TestCase("https://www.nhs.uk/nhs-app/login/", false)]
    [TestCase("https://www.nhs.uk/nhs-app/sign-in/", false)]
    [TestCase("https://www.nhsapp.service.nhs.uk/login", false)]
    public void NhsAppWeb_ScopesTheFirstLevelOfItsSections(string url, bool allowed)
    {
        var options = Load(NhsFile);
        var scope = new ScopeRules(options.Scope, options.StartUrls);

        var decision = scope.Decide(new UrlNormalizer(options.Scope.IgnoreQueryParameters).Normalize(new Uri(url)));

        Assert.That(decision.Allow, Is.EqualTo(allowed), decision.Reason);
    }

    [Test]
    public void NhsAppWeb_EveryJourneyStepIsInScopeOrMatchesAPage()
    {
        var options = Load(NhsFile);
        var scope = new ScopeRules(options.Scope, options.StartUrls);

        foreach (var step in options.Journeys.SelectMany(j => j.Steps).Where(s => !s.StartsWith('^')))
        {
            Assert.That(scope.Decide(new Uri(step)).Allow, Is.True, step);
        }
    }

    private static void RequireDemoSite()
    {
        var site = Path.Combine(RepoPaths.AuditTargets, "demo");
        if (!Directory.Exists(site))
        {
            Assert.Ignore($"The demo site ({site}) is not in this checkout; demo.json serves it.");
        }
    }
}
