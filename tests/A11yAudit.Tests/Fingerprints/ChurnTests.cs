using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Fingerprints;

/// <summary>Regenerated class names, reordered attributes and other build churn leave fingerprints unchanged.</summary>
public sealed class ChurnTests
{
    private static readonly Fingerprinter Fingerprinter = new(ScopeOptions.DefaultIgnoredQueryParameters);

    private static Dictionary<string, string> Fingerprints(string file) =>
        ChurnFixture.Load(file).ToDictionary(i => i.Name, i => Fingerprinter.Identify(i.Page, i.Finding, i.Node).Fingerprint);

    [Test]
    public void BothBuilds_DescribeTheSameProblems()
    {
        Assert.That(ChurnFixture.Load("build-b.json").Select(i => i.Name), Is.EquivalentTo(ChurnFixture.Load("build-a.json").Select(i => i.Name)));
    }

    [TestCaseSource(nameof(Names))]
    public void RebuiltPage_KeepsTheFingerprint(string name)
    {
        var a = ChurnFixture.Load("build-a.json").Single(i => i.Name == name);
        var b = ChurnFixture.Load("build-b.json").Single(i => i.Name == name);

        var before = Fingerprinter.Identify(a.Page, a.Finding, a.Node);
        var after = Fingerprinter.Identify(b.Page, b.Finding, b.Node);

        // Comparing identities first makes a failure say which part moved.
        Assert.That(after, Is.EqualTo(before));
        Assert.That(after.Fingerprint, Is.EqualTo(before.Fingerprint));
    }

    [Test]
    public void EveryProblemOfOneBuild_HasItsOwnFingerprint()
    {
        var fingerprints = Fingerprints("build-a.json");

        Assert.That(fingerprints.Values.Distinct().Count(), Is.EqualTo(fingerprints.Count));
    }

    private static IEnumerable<string> Names() => ChurnFixture.Load("build-a.json").Select(i => i.Name);
}
