using A11yAudit.Core.Baselines;
using A11yAudit.Core.Model;
using A11yAudit.Tests.Reports;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Baselines;

public sealed class BaselineFileTests
{
    private static readonly Core.Results.AuditResults Site = Audit(
        Page("/book", Violation("label", Impact.Critical, Node("#reason"))),
        Page("/", Violation("image-alt", Impact.Critical), Violation("color-contrast", Impact.Serious, Node("p.hint"))));

    [Test]
    public async Task RoundTrip_KeepsTheBaseline()
    {
        using var temp = new TempDirectory();
        var path = Path.Join(temp.Path, ".a11yaudit", "baseline.json");
        var baseline = BaselineRecorder.Record(Site, Fingerprinter);

        await BaselineFile.WriteAsync(baseline, path);
        var read = await BaselineFile.ReadAsync(path);

        Assert.That(read.SameStateAs(baseline), Is.True);
        Assert.That(read.Created, Is.EqualTo(Finished));
        Assert.That(read.Tool.AxeVersion, Is.EqualTo("4.14.0"));
    }

    [Test]
    public async Task File_IsSortedIndentedAndFreeOfRunSpecificDetails()
    {
        using var temp = new TempDirectory();
        var path = Path.Join(temp.Path, "baseline.json");

        await BaselineFile.WriteAsync(BaselineRecorder.Record(Site, Fingerprinter), path);
        var text = await File.ReadAllTextAsync(path);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\n  \"entries\": [\n    {\n"));
            Assert.That(text, Does.EndWith("}\n"));
            Assert.That(text, Does.Not.Contain("https://gp.example"), "URLs and hosts vary between runs");
            Assert.That(text, Does.Not.Contain("browserVersion"));
            Assert.That(text.IndexOf("\"page\": \"/\"", StringComparison.Ordinal), Is.LessThan(text.IndexOf("\"page\": \"/book\"", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task RecordingTheSameSiteTwice_WritesTheSameBytes()
    {
        using var temp = new TempDirectory();
        var first = Path.Join(temp.Path, "a.json");
        var second = Path.Join(temp.Path, "b.json");
        var reversed = Audit([.. Site.Pages.Reverse()]);

        await BaselineFile.WriteAsync(BaselineRecorder.Record(Site, Fingerprinter), first);
        await BaselineFile.WriteAsync(BaselineRecorder.Record(reversed, Fingerprinter), second);

        Assert.That(await File.ReadAllTextAsync(second), Is.EqualTo(await File.ReadAllTextAsync(first)));
    }

    [TestCase("not json", "not a valid A11yAudit baseline file")]
    [TestCase("{ \"schemaVersion\": 99, \"tool\": { \"name\": \"A11yAudit\", \"version\": \"9\" } }", "newer than this tool reads")]
    [TestCase("{ \"fingerprintVersion\": \"a11yaudit/v0\", \"tool\": { \"name\": \"A11yAudit\", \"version\": \"0\" } }", "record it again with --update-baseline")]
    [TestCase("{ \"tool\": { \"name\": \"A11yAudit\", \"version\": \"0\" }, \"entries\": [ { \"fingerprint\": \"\", \"ruleId\": \"label\", \"page\": \"/\", \"selector\": \"#a\" } ] }", "entry 1 has no fingerprint")]
    public void UnusableFile_IsRejectedNamingTheFile(string content, string message)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("baseline.json", content);

        var error = Assert.ThrowsAsync<InvalidDataException>(() => BaselineFile.ReadAsync(path));

        Assert.That(error!.Message, Does.StartWith(path).And.Contain(message));
    }
}
