using System.Text;
using System.Text.Json;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.History;

/// <summary>
/// The history file: JSON Lines, one audit per line, only ever appended, so concurrent readers and a crash
/// mid-write lose at most the last line (which reading skips).
/// </summary>
public static class HistoryFile
{
    /// <summary>Every readable entry, oldest first; an absent file is an empty history.</summary>
    public static IReadOnlyList<HistoryEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var entries = new List<HistoryEntry>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<HistoryEntry>(line, ResultsJson.Compact) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // A line cut short by a crash, or edited by hand: the rest of the history still counts.
            }
        }

        return entries.OrderBy(e => e.Date).ToList();
    }

    public static async Task AppendAsync(string path, HistoryEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var line = JsonSerializer.Serialize(entry, ResultsJson.Compact) + "\n";
        await File.AppendAllTextAsync(full, line, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }
}
