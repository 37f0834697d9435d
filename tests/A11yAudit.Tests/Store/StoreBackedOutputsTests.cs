using System.Text.Json;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;
using A11yAudit.Reports.JUnit;
using A11yAudit.Reports.Markdown;
using A11yAudit.Reports.Sarif;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

/// <summary>
/// Every output made from pages in a <see cref="PageStore"/> is byte for byte what the same pages in a list give.
/// </summary>
[TestFixture("typical")]
[TestFixture("hostile")]
[TestFixture("empty")]
public sealed class StoreBackedOutputsTests(string name) : SpillFolderTests
{
    private static readonly IReadOnlyList<JourneyOptions> Journeys =
    [
        new() { Name = "Book an appointment", Weight = "critical", Steps = ["/appointments", "/appointments/book"] },
        new() { Name = "Contact the surgery", Weight = "important", Steps = ["/contact"] },
    ];

    private PageStore _store = null!;
    private AuditResults _inMemory = null!;
    private AuditResults _onDisk = null!;

    [SetUp]
    public async Task ReadBothWays()
    {
        _inMemory = await GoldenResults.ReadAsync(name);
        _store = Fill(_inMemory.Pages);
        _onDisk = _inMemory with { Pages = _store };
    }

    [TearDown]
    public void DisposeStore() => _store.Dispose();

    [Test]
    public void ScoringIsTheSame()
    {
        foreach (var journeys in new[] { Journeys, [] })
        {
            var model = ExclusionModel.LoadDefault();
            Assert.That(Json(model.Assess(_store, journeys)), Is.EqualTo(Json(model.Assess(_inMemory.Pages, journeys))));
        }
    }

    [Test]
    public void SummaryIsTheSame() =>
        Assert.That(Json(_onDisk.Summary), Is.EqualTo(Json(_inMemory.Summary)));

    [Test]
    public async Task ResultsFileIsTheSame()
    {
        await ResultsFile.WriteAsync(_inMemory, Path.Join(Folder, "list", ResultsFile.FileName));
        await ResultsFile.WriteAsync(_onDisk, Path.Join(Folder, "store", ResultsFile.FileName));

        Assert.That(
            await File.ReadAllBytesAsync(Path.Join(Folder, "store", ResultsFile.FileName)),
            Is.EqualTo(await File.ReadAllBytesAsync(Path.Join(Folder, "list", ResultsFile.FileName))));
    }

    [Test]
    public async Task HtmlReportIsTheSame()
    {
        var renderer = new HtmlReportRenderer(RepoPaths.Templates);
        var fromList = await renderer.RenderAsync(_inMemory, Path.Join(Folder, "list"), RepoPaths.GoldenOutput);
        var fromStore = await renderer.RenderAsync(_onDisk, Path.Join(Folder, "store"), RepoPaths.GoldenOutput);

        Assert.That(await File.ReadAllBytesAsync(fromStore), Is.EqualTo(await File.ReadAllBytesAsync(fromList)));
    }

    [Test]
    public async Task CiFilesAreTheSame()
    {
        var list = Path.Join(Folder, "list");
        var store = Path.Join(Folder, "store");
        foreach (var (results, folder) in new[] { (_inMemory, list), (_onDisk, store) })
        {
            await SarifWriter.WriteAsync(results, folder);
            await JUnitWriter.WriteAsync(results, folder);
            await MarkdownSummaryWriter.WriteAsync(results, folder);
        }

        foreach (var file in new[] { SarifWriter.FileName, JUnitWriter.FileName, MarkdownSummaryWriter.FileName })
        {
            Assert.That(await File.ReadAllBytesAsync(Path.Join(store, file)), Is.EqualTo(await File.ReadAllBytesAsync(Path.Join(list, file))), file);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ResultsJson.Options);
}
