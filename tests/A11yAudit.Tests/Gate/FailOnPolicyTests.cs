using A11yAudit.Core.Gate;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Gate;

public sealed class FailOnPolicyTests
{
    [Test]
    public void Default_IsNewSeriousOrWorse_AndNewBlockers() =>
        Assert.That(FailOnPolicy.Default.Conditions, Is.EqualTo(new FailOnCondition[] { new NewFindingsCondition(Impact.Serious), new NewBlockersCondition() }));

    [Test]
    public void CommaSeparatedAndRepeated_ValuesCombine()
    {
        var policy = FailOnPolicy.Parse(["critical,blocker", " Rating ", "risk:5%"]);

        Assert.That(policy.Conditions, Is.EqualTo(new FailOnCondition[] { new NewFindingsCondition(Impact.Critical), new NewBlockersCondition(), new WorseRatingCondition(), new RiskRiseCondition(0.05) }));
        Assert.That(policy.NeedsBaseline, Is.True);
    }

    [TestCase("minor", Impact.Minor)]
    [TestCase("moderate", Impact.Moderate)]
    [TestCase("serious", Impact.Serious)]
    [TestCase("CRITICAL", Impact.Critical)]
    public void ImpactWords(string word, Impact impact) =>
        Assert.That(FailOnPolicy.Parse([word]).Conditions.Single(), Is.EqualTo(new NewFindingsCondition(impact)));

    [Test]
    public void Any_IsEveryNewFinding() =>
        Assert.That(FailOnPolicy.Parse(["any"]).Conditions.Single(), Is.EqualTo(new NewFindingsCondition(null)));

    [TestCase("risk:0.05", 0.05)]
    [TestCase("risk:0", 0.0)]
    [TestCase("risk:12.5%", 0.125)]
    public void RiskTolerance(string word, double tolerance) =>
        Assert.That(((RiskRiseCondition)FailOnPolicy.Parse([word]).Conditions.Single()).Tolerance, Is.EqualTo(tolerance).Within(1e-12));

    [Test]
    public void None_NeverFails() =>
        Assert.That(FailOnPolicy.Parse(["none"]).Conditions, Is.Empty);

    [Test]
    public void Duplicates_AreOneCondition() =>
        Assert.That(FailOnPolicy.Parse(["serious,serious", "serious"]).Conditions, Has.Count.EqualTo(1));

    [TestCase("severe", "unknown --fail-on condition 'severe'")]
    [TestCase("risk", "needs a tolerance")]
    [TestCase("risk:lots", "must be a number")]
    [TestCase("risk:1.5", "below 1")]
    [TestCase("risk:-0.1", "at least 0")]
    [TestCase("none,serious", "cannot be combined")]
    [TestCase(" , ", "needs a value")]
    public void BadValues_SayWhatIsWrong(string value, string message)
    {
        var error = Assert.Throws<FormatException>(() => FailOnPolicy.Parse([value]));

        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void Describe_NamesEachConditionWithItsSpelling() =>
        Assert.That(FailOnPolicy.Default.Describe(), Is.EqualTo(new[] { "a new finding of serious impact or worse (serious)", "a new blocker for any group (blocker)" }));
}
