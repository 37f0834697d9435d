using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;

namespace A11yAudit.Tests.Reports;

/// <summary>
/// Renders each Golden/Reports/NAME.results.json with the bundled templates and compares the HTML with
/// NAME.expected.html. Set A11YAUDIT_UPDATE_GOLDEN=1 to rewrite the expected files (docs/reports.md).
/// </summary>
[TestFixture]
public sealed class GoldenReportTests
{
    private const string InputSuffix = ".results.json";
    private const string ExpectedSuffix = ".expected.html";

    private static bool UpdateGolden => Environment.GetEnvironmentVariable("A11YAUDIT_UPDATE_GOLDEN") == "1";

    public static IEnumerable<TestCaseData> Cases() =>
        Directory.EnumerateFiles(RepoPaths.GoldenOutput, "*" + InputSuffix)
            .Select(path => Path.GetFileName(path)[..^InputSuffix.Length])
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(Cases))]
    public async Task Report_matches_golden_file(string name)
    {
        var results = await ResultsFile.ReadAsync(Path.Join(RepoPaths.GoldenOutput, name + InputSuffix));
        using var output = new TempDirectory();

        // Screenshots come from Golden/Reports/screenshots/, as they would from beside a results.json.
        var indexPath = await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(results, output.Path, RepoPaths.GoldenOutput);
        var actual = await File.ReadAllTextAsync(indexPath);

        var sourceExpected = Path.Join(RepoPaths.GoldenSource, name + ExpectedSuffix);
        if (UpdateGolden)
        {
            await File.WriteAllTextAsync(sourceExpected, actual);
            Assert.Warn($"Rewrote {sourceExpected}; review the change in git.");
            return;
        }

        var expectedPath = Path.Join(RepoPaths.GoldenOutput, name + ExpectedSuffix);
        Assert.That(File.Exists(expectedPath), Is.True,
            $"No {name}{ExpectedSuffix}. Run the tests with A11YAUDIT_UPDATE_GOLDEN=1 to create it, then review it.");

        // A checkout with CRLF line ends must not fail a byte-identical report.
        var expected = (await File.ReadAllTextAsync(expectedPath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            Assert.Fail(GoldenDiff.Describe(expected, actual, sourceExpected));
        }
    }

    [Test]
    public void Every_expected_file_has_an_input()
    {
        var orphans = Directory.EnumerateFiles(RepoPaths.GoldenSource, "*" + ExpectedSuffix)
            .Select(path => Path.GetFileName(path)[..^ExpectedSuffix.Length])
            .Where(name => !File.Exists(Path.Join(RepoPaths.GoldenSource, name + InputSuffix)))
            .ToList();

        Assert.That(orphans, Is.Empty, "Expected HTML without a matching .results.json");
    }

    [Test]
    public void Golden_inputs_exist() =>
        Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(3), "The golden folder should hold the sample audits");

    [Test]
    public async Task Rendering_twice_gives_identical_html()
    {
        var results = await ResultsFile.ReadAsync(Path.Join(RepoPaths.GoldenOutput, "typical" + InputSuffix));
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var renderer = new HtmlReportRenderer(RepoPaths.Templates);

        var a = await File.ReadAllTextAsync(await renderer.RenderAsync(results, first.Path));
        var b = await File.ReadAllTextAsync(await renderer.RenderAsync(results, second.Path));

        Assert.That(b, Is.EqualTo(a));
        Assert.That(a, Does.Not.Contain("\r"), "Reports use '\\n' line ends on every platform");
    }
}
