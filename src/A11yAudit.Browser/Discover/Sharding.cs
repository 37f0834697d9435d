using System.Security.Cryptography;
using System.Text;

namespace A11yAudit.Browser.Discover;

/// <summary>
/// A deterministic split of a URL list into N shards: a URL's shard is a hash of its normalised form, so
/// every machine of a CI matrix or Kubernetes Indexed Job picks the same part without talking to the others,
/// and adding a page moves no other page between shards.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>Parses "K/N" with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string? text, out Shard shard, out string? error)
    {
        shard = default;
        error = null;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var k) || !int.TryParse(parts[1], out var n))
        {
            error = $"'{text}' is not K/N (for example 2/4)";
            return false;
        }

        if (n < 1 || k < 1 || k > n)
        {
            error = $"'{text}': K must be between 1 and N, and N at least 1";
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    public bool Contains(string normalizedUrl)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalizedUrl));
        var value = BitConverter.ToUInt32(hash, 0);
        return (int)(value % (uint)Count) == Index - 1;
    }

    public IReadOnlyList<string> Select(IEnumerable<string> normalizedUrls) => normalizedUrls.Where(Contains).ToList();

    public override string ToString() => $"{Index}/{Count}";
}
