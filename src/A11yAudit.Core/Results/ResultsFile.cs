using System.Text.Json;

namespace A11yAudit.Core.Results;

/// <summary>Reads and writes results.json.</summary>
public static class ResultsFile
{
    public const string FileName = "results.json";

    public static async Task WriteAsync(AuditResults results, string path, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await WriteAsync(results, stream, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Writes results as JSON. The serializer reads the pages one at a time and flushes as it goes, so pages
    /// on disk (<see cref="PageStore"/>) stream from the store to the file.
    /// </summary>
    public static Task WriteAsync(AuditResults results, Stream stream, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, results, ResultsJson.Options, cancellationToken);

    /// <summary>Reads a results file; throws <see cref="InvalidDataException"/> naming the file when it is not one.</summary>
    /// <remarks>The pages are read into a <see cref="PageStore"/> in the system's temporary folder; see the overload.</remarks>
    public static Task<AuditResults> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, spillDirectory: null, cancellationToken);

    /// <summary>
    /// Reads a results file with its pages streamed one at a time into a <see cref="PageStore"/> spilling to
    /// <paramref name="spillDirectory"/> (default: the system's temporary folder), so a large audit is never all
    /// in memory. The store is the results' <see cref="AuditResults.Pages"/>, and the caller's to dispose.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not an A11yAudit results file; the message names it.</exception>
    public static async Task<AuditResults> ReadAsync(string path, string? spillDirectory, CancellationToken cancellationToken = default)
    {
        var pages = PageStore.Create(spillDirectory);
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                return await ResultsStreamReader.ReadAsync(stream, pages, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            pages.Dispose();
            throw new InvalidDataException($"{path}: not a valid A11yAudit results file ({ex.Message}).", ex);
        }
        catch
        {
            pages.Dispose();
            throw;
        }
    }
}
