using System.Text.Json;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Baselines;

/// <summary>Reads and writes baseline files: indented JSON, sorted, with a final newline, so diffs read well.</summary>
public static class BaselineFile
{
    /// <summary>Reads a baseline; throws <see cref="InvalidDataException"/> naming the file when it is not a usable one.</summary>
    public static async Task<Baseline> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        Baseline? baseline;
        try
        {
            await using var stream = File.OpenRead(path);
            baseline = await JsonSerializer.DeserializeAsync<Baseline>(stream, ResultsJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid A11yAudit baseline file ({ex.Message}).", ex);
        }

        if (baseline is null)
        {
            throw new InvalidDataException($"{path}: empty baseline file.");
        }

        if (baseline.SchemaVersion > Baseline.CurrentSchemaVersion)
        {
            throw new InvalidDataException($"{path}: baseline schema version {baseline.SchemaVersion} is newer than this tool reads ({Baseline.CurrentSchemaVersion}); update A11yAudit.");
        }

        if (baseline.FingerprintVersion != FindingIdentity.Version)
        {
            throw new InvalidDataException($"{path}: the baseline's fingerprints are '{baseline.FingerprintVersion}', this tool computes '{FindingIdentity.Version}'; record it again with --update-baseline.");
        }

        var broken = baseline.Entries.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Fingerprint) || string.IsNullOrWhiteSpace(e.RuleId));
        if (broken is not null)
        {
            throw new InvalidDataException($"{path}: entry {baseline.Entries.ToList().IndexOf(broken) + 1} has no fingerprint or rule id.");
        }

        return baseline;
    }

    public static async Task WriteAsync(Baseline baseline, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var sorted = baseline with { Entries = BaselineEntries.Sort(baseline.Entries.Select(e => e with { Url = null, Target = null })) };
        var temp = full + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, sorted, ResultsJson.Options, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, full, overwrite: true);
    }
}
