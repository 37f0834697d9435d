using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;

namespace A11yAudit.Tests.Urls;

public sealed class ScopeRulesTests
{
    private static readonly Uri[] Start = [new("https://www.nhs.uk/nhs-app/")];

    [Test]
    public void DefaultScopeIsTheStartOrigin()
    {
        var scope = new ScopeRules(new ScopeOptions(), Start);
        Assert.Multiple(() =>
        {
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk/conditions/")).Allow, Is.True);
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk:443/x")).Allow, Is.True);
            Assert.That(scope.Decide(new Uri("http://www.nhs.uk/x")).Allow, Is.False, "another scheme is another origin");
            Assert.That(scope.Decide(new Uri("https://nhs.uk/x")).Allow, Is.False);
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk:8443/x")).Allow, Is.False);
        });
    }

    [Test]
    public void DenialSaysWhy()
    {
        var decision = new ScopeRules(new ScopeOptions(), Start).Decide(new Uri("https://example.org/"));
        Assert.That(decision.Allow, Is.False);
        Assert.That(decision.Reason, Does.Contain("outside the allowed origins").And.Contain("https://example.org"));
    }

    [Test]
    public void AllowedOriginsReplaceTheDefault()
    {
        var scope = new ScopeRules(new ScopeOptions { AllowedOrigins = ["https://a.org", "https://b.org:8443"] }, Start);
        Assert.Multiple(() =>
        {
            Assert.That(scope.Decide(new Uri("https://a.org/x")).Allow, Is.True);
            Assert.That(scope.Decide(new Uri("https://b.org:8443/x")).Allow, Is.True);
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk/x")).Allow, Is.False);
        });
    }

    [Test]
    public void IncludeAndExcludePatterns()
    {
        var scope = new ScopeRules(new ScopeOptions { Include = ["/nhs-app/", "/conditions/"], Exclude = ["/search", "\\.pdf$"] }, Start);
        Assert.Multiple(() =>
        {
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk/nhs-app/help/")).Allow, Is.True);
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk/news/")).Reason, Is.EqualTo("matches no include pattern"));
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk/nhs-app/search?q=x")).Reason, Does.Contain("exclude pattern"));
            Assert.That(scope.Decide(new Uri("https://www.nhs.uk/conditions/a.pdf")).Allow, Is.False);
        });
    }

    [Test]
    public void NonHttpSchemesAreOutOfScope() =>
        Assert.That(new ScopeRules(new ScopeOptions(), Start).Decide(new Uri("ftp://www.nhs.uk/x")).Allow, Is.False);
}
