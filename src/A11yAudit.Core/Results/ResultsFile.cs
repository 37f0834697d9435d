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
            await JsonSerializer.SerializeAsync(stream, results, ResultsJson.Options, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a results file; throws <see cref="InvalidDataException"/> naming the file when it is not one.</summary>
    public static async Task<AuditResults> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<AuditResults>(stream, ResultsJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{path}: empty results file.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid A11yAudit results file ({ex.Message}).", ex);
        }
    }
}
