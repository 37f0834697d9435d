namespace A11yAudit.Tests.Configuration;

public sealed class ExclusionAndSamplingTests : ConfigurationTestBase
{
    [Test]
    public void CostlyChecksPerTemplate_DefaultsToThreeAndBinds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LoadJson(Target("\"name\": \"x\"")).CostlyChecksPerTemplate, Is.EqualTo(3));
            Assert.That(LoadJson(Target("\"crawl\": { \"costlyChecksPerTemplate\": 0 }")).CostlyChecksPerTemplate, Is.Zero);
        });
    }

    [Test]
    public void CostlyChecksPerTemplate_MustNotBeNegative() =>
        Assert.That(ProblemsWithJson(Target("\"crawl\": { \"costlyChecksPerTemplate\": -1 }")),
            Is.EqualTo(new[] { "target.json: crawl:costlyChecksPerTemplate: must be between 0 and 100000 (got -1)" }));

    [Test]
    public void ExclusionOverrideFilesResolveAgainstTheTargetFile()
    {
        var groups = MakeFile("targets/model/groups.json");
        var target = WriteTarget(Target("\"exclusion\": { \"groups\": \"model/groups.json\" }"), "targets/t.json");
        var options = Load(target);
        Assert.Multiple(() =>
        {
            Assert.That(options.ExclusionGroupsFile, Is.EqualTo(groups));
            Assert.That(options.ExclusionBarrierMapFile, Is.Null);
        });
    }

    [Test]
    public void MissingExclusionOverrideFileIsNamed()
    {
        var problems = ProblemsWithJson(Target("\"exclusion\": { \"barrierMap\": \"nope.json\" }"));
        Assert.That(problems.Single(), Does.StartWith("target.json: exclusion:barrierMap: file not found: ").And.EndWith("nope.json"));
    }

    [Test]
    public void UnknownExclusionKeyIsRejected() =>
        Assert.That(ProblemsWithJson(Target("\"exclusion\": { \"group\": \"x.json\" }")).Single(), Does.Contain("exclusion:group").And.Contain("unknown key"));
}
