using System.Text;
using System.Text.Json;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>
/// Appends each finished page to pages.jsonl as one line and flushes it to disk at once. Safe to call from
/// several crawl workers.
/// </summary>
public sealed class PagesJsonlWriter : IPageResultSink, IAsyncDisposable
{
    public const string FileName = "pages.jsonl";

    private readonly FileStream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public PagesJsonlWriter(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);
    }

    public string Path { get; }

    public async ValueTask WriteAsync(PageResult page, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(page, ResultsJson.Compact);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await _stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads pages back, skipping a last line cut short by a crash.</summary>
    public static IEnumerable<PageResult> Read(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            PageResult? page;
            try
            {
                page = JsonSerializer.Deserialize<PageResult>(line, ResultsJson.Compact);
            }
            catch (JsonException)
            {
                continue;
            }

            if (page is not null)
            {
                yield return page;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
