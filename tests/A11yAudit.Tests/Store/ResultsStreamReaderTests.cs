using System.Text;
using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

public sealed class ResultsStreamReaderTests : SpillFolderTests
{
    [TestCase("typical")]
    [TestCase("hostile")]
    [TestCase("empty")]
    public async Task ReadsBackExactlyWhatWasWritten(string name)
    {
        var original = await GoldenResults.ReadAsync(name);
        var path = Path.Join(Folder, ResultsFile.FileName);
        await ResultsFile.WriteAsync(original, path);

        var read = await ResultsFile.ReadAsync(path, Folder);
        using var store = (PageStore)read.Pages;

        Assert.That(Json(read), Is.EqualTo(Json(original)));
        Assert.That(Path.GetDirectoryName(store.SpillPath), Is.EqualTo(Path.GetFullPath(Folder)));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(4096)]
    public async Task PagesSplitAcrossReadsOfAnySizeComeBackWhole(int bytesPerRead)
    {
        var original = await GoldenResults.ReadAsync("typical");
        var json = JsonSerializer.SerializeToUtf8Bytes(original, ResultsJson.Options);

        var read = await ReadAsync(new TrickleStream(json, bytesPerRead));

        Assert.That(Json(read), Is.EqualTo(Json(original)));
    }

    [Test]
    public async Task APageLargerThanTheBufferIsReadWhole()
    {
        var huge = new string('x', 300_000);
        var original = TestAudits.Results(
            TestAudits.Page("https://example.test/", 0, TestAudits.Violation("image-alt", Impact.Critical, TestAudits.Node("img", $"<img alt=\"{huge}\">"))),
            TestAudits.Page("https://example.test/b", 1));
        var json = JsonSerializer.SerializeToUtf8Bytes(original, ResultsJson.Options);

        var read = await ReadAsync(new TrickleStream(json, 10_000));

        Assert.That(read.Pages, Has.Count.EqualTo(2));
        Assert.That(read.Pages[0].Findings[0].Nodes[0].Html, Has.Length.EqualTo(huge.Length + 12));
        Assert.That(Json(read), Is.EqualTo(Json(original)));
    }

    [Test]
    public async Task PagesAnywhereInTheObjectAndAByteOrderMarkAreFine()
    {
        const string json = "\uFEFF{\"pages\":[{\"url\":\"https://a.test/\",\"outcome\":\"scanned\",\"title\":\"[pages]\"}],"
            + "\"tool\":{\"name\":\"A11yAudit\",\"version\":\"1\"},\"target\":{\"name\":\"t\",\"include\":[\"pages\"]},\"skipped\":[{\"url\":\"https://a.test/x\",\"reason\":\"r\"}]}";

        var read = await ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(json), 1));

        Assert.Multiple(() =>
        {
            Assert.That(read.Pages.Select(p => (p.Url, p.Title)), Is.EqualTo(new[] { ("https://a.test/", "[pages]") }));
            Assert.That(read.Target.Include, Is.EqualTo(new[] { "pages" }));
            Assert.That(read.Skipped.Single().Url, Is.EqualTo("https://a.test/x"));
        });
    }

    [TestCase("{\"tool\":{\"name\":\"A11yAudit\",\"version\":\"1\"},\"target\":{\"name\":\"t\"},\"pages\":[{\"url\":\"https://a.test/\",\"outcome\":\"scanned\"}", TestName = "Cut short inside the pages")]
    [TestCase("{\"tool\":{\"name\":\"A11yAudit\",\"version\":\"1\"},\"target\":{\"name\":\"t\"},\"pages\":[1]}", TestName = "A page that is not an object")]
    [TestCase("{\"tool\":{\"name\":\"A11yAudit\",\"version\":\"1\"},\"target\":{\"name\":\"t\"},\"pages\":[{\"url\":\"https://a.test/\",\"outcome\":\"asleep\"}]}", TestName = "A page that is not a page")]
    [TestCase("null", TestName = "No results at all")]
    [TestCase("<html>", TestName = "Not JSON")]
    public void AFileThatIsNotResultsIsRefusedByName(string json)
    {
        var path = WriteFile(ResultsFile.FileName, json);

        var error = Assert.ThrowsAsync<InvalidDataException>(() => ResultsFile.ReadAsync(path, Folder));

        Assert.That(error!.Message, Does.StartWith(path));
        Assert.That(Directory.EnumerateFiles(Folder), Is.EqualTo(new[] { path }), "no spill file left behind");
    }

    private async Task<AuditResults> ReadAsync(Stream stream)
    {
        var store = PageStore.Create(Folder);
        return await ResultsStreamReader.ReadAsync(stream, store, CancellationToken.None);
    }

    private static string Json(AuditResults results) => JsonSerializer.Serialize(results, ResultsJson.Options);

    /// <summary>Hands out at most a few bytes per read, as a slow network file might.</summary>
    private sealed class TrickleStream(byte[] bytes, int bytesPerRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, bytesPerRead)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, bytesPerRead)], cancellationToken);
    }
}
