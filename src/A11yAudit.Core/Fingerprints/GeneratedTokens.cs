using System.Text;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// Strips the parts of class names, ids and form names that build tools generate (hashes, counters), so a
/// rebuilt page keeps its fingerprints. A token is split at <c>- _ : . $</c>; each segment is judged alone:
/// digits-only segments go, a word's trailing counter goes (<c>jss123</c> → <c>jss</c>), segments mixing
/// digits into letters go (<c>1x2y3z</c>), random-case segments go (<c>fGhIj</c>), and the segment after a
/// known hash prefix (<c>css-</c>, <c>sc-</c>, <c>jsx-</c>, <c>svelte-</c>, <c>astro-</c>) always goes.
/// What is left is the author's name for the thing. docs/ci.md ("Fingerprints") lists examples.
/// </summary>
public static class GeneratedTokens
{
    private const string Separators = "-_:.$";

    // CSS-in-JS libraries put a hash right after these, and that hash may happen to contain no digit.
    private static readonly HashSet<string> HashPrefixes = new(StringComparer.OrdinalIgnoreCase) { "css", "sc", "jsx", "svelte", "astro" };

    /// <summary>The token without its generated parts; empty when nothing an author wrote is left.</summary>
    public static string Normalize(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return string.Empty;
        }

        var segments = Split(token.Trim());
        var sb = new StringBuilder(token.Length);
        var dropNext = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var (separator, segment) = segments[i];
            var kept = dropNext ? string.Empty : Keep(segment);
            dropNext = i == 0 && HashPrefixes.Contains(segment);
            if (kept.Length == 0 && segment.Length > 0)
            {
                // The separator belonged to the dropped segment.
                continue;
            }

            sb.Append(separator).Append(kept);
        }

        return sb.ToString().Trim(Separators.ToCharArray());
    }

    /// <summary>A space-separated class list, normalised token by token, without duplicates, sorted.</summary>
    public static string NormalizeClassList(string? classes) =>
        string.Join(' ', (classes ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalize)
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

    /// <summary>The author's part of one segment, or empty when the segment was generated.</summary>
    internal static string Keep(string segment)
    {
        if (segment.Length == 0)
        {
            return segment;
        }

        var firstDigit = segment.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit < 0)
        {
            return LooksRandomCase(segment) ? string.Empty : segment;
        }

        var trailingDigitsStart = segment.Length;
        while (trailingDigitsStart > 0 && char.IsAsciiDigit(segment[trailingDigitsStart - 1]))
        {
            trailingDigitsStart--;
        }

        // "ember123", "h1", "level2": a word with a counter after it. Digits anywhere else mean a hash.
        var word = segment[..trailingDigitsStart];
        return word.Length > 0 && word.All(char.IsAsciiLetter) && !LooksRandomCase(word) ? word : string.Empty;
    }

    /// <summary>
    /// styled-components and similar emit letter-only hashes such as <c>fGhIj</c> or <c>iFJPAx</c>: several
    /// capitals with at most two lower-case letters between them. Written names (<c>navBarItem</c>,
    /// <c>MainNav</c>, <c>GOVUK</c>) have longer lower-case runs or none at all.
    /// </summary>
    internal static bool LooksRandomCase(string segment)
    {
        if (segment.Length is < 5 or > 12 || !segment.All(char.IsAsciiLetter))
        {
            return false;
        }

        var upper = segment.Count(char.IsAsciiLetterUpper);
        if (upper < 2 || upper == segment.Length)
        {
            return false;
        }

        var run = 0;
        foreach (var c in segment)
        {
            run = char.IsAsciiLetterLower(c) ? run + 1 : 0;
            if (run > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static List<(string Separator, string Segment)> Split(string token)
    {
        var result = new List<(string, string)>();
        var separator = new StringBuilder();
        var segment = new StringBuilder();
        foreach (var c in token)
        {
            if (Separators.Contains(c, StringComparison.Ordinal))
            {
                if (segment.Length > 0 || result.Count == 0)
                {
                    result.Add((separator.ToString(), segment.ToString()));
                    separator.Clear();
                    segment.Clear();
                }

                separator.Append(c);
            }
            else
            {
                segment.Append(c);
            }
        }

        result.Add((separator.ToString(), segment.ToString()));
        return result;
    }
}
