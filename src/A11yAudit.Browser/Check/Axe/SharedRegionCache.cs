using System.Collections.Concurrent;
using System.Text.Json;

namespace A11yAudit.Browser.Check.Axe;

/// <summary>
/// What axe's page-local rules found in shared regions (header, navigation, footer) already checked in this
/// audit, keyed by everything those rules read about the region (see SharedRegions.js). Shared by all
/// workers; a page whose region has a known key skips it for those rules and takes the stored results,
/// re-targeted on the page.
/// </summary>
public sealed class SharedRegionCache
{
    /// <summary>Sites have a handful of headers and footers; a cap keeps a page's scan payload small.</summary>
    public const int MaxEntries = 64;

    /// <summary>A region with this many stored results is cheaper to re-check than to carry around.</summary>
    public const int MaxEntryLength = 256 * 1024;

    /// <summary>Regions smaller than this are checked on every page: too little to save.</summary>
    public const int MinElements = 25;

    private readonly ConcurrentDictionary<string, string> _entries = new(StringComparer.Ordinal);
    private int _reused;
    private int _fellBack;
    private string? _firstError;

    public int Count => _entries.Count;

    /// <summary>Regions taken from the cache instead of being checked again, over the whole audit.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Scans where re-use failed and the page was scanned in full instead, and why the first one failed.</summary>
    public (int Scans, string? FirstError) FellBack => (Volatile.Read(ref _fellBack), Volatile.Read(ref _firstError));

    /// <summary>The known entries by key, as the page script expects them (each a JSON string).</summary>
    internal IReadOnlyDictionary<string, string> Snapshot() => new Dictionary<string, string>(_entries, StringComparer.Ordinal);

    /// <summary>Reads the scan's "learned" and "reused" fields.</summary>
    internal void Record(JsonElement scan)
    {
        if (scan.TryGetProperty("learned", out var learned) && learned.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in learned.EnumerateArray())
            {
                var json = entry.GetString();
                if (json is null || json.Length > MaxEntryLength || _entries.Count >= MaxEntries)
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.TryGetProperty("key", out var key) && key.GetString() is { } k)
                {
                    _entries.TryAdd(k, json);
                }
            }
        }

        if (scan.TryGetProperty("sharedError", out var error))
        {
            Interlocked.Increment(ref _fellBack);
            Interlocked.CompareExchange(ref _firstError, error.GetString() ?? "unknown error", null);
        }

        if (scan.TryGetProperty("reused", out var reused) && reused.ValueKind == JsonValueKind.Array)
        {
            Interlocked.Add(ref _reused, reused.GetArrayLength());
        }
    }
}
