using System.Text;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// Turns a URL path into a pattern: path segments that are record ids become placeholders
/// (<c>/patients/123</c> → <c>/patients/{n}</c>, a GUID → <c>{id}</c>, a long hash → <c>{hash}</c>), and
/// build hashes inside file names go (<c>app.3f2a1b9c.js</c> → <c>app.{hash}.js</c>). Words with a number
/// (<c>step-1.html</c>) stay: they are usually different pages, not records of one template.
/// </summary>
public static class PathPattern
{
    public const string Number = "{n}";
    public const string Id = "{id}";
    public const string Hash = "{hash}";

    /// <summary>The path with placeholders; no trailing slash except for the root.</summary>
    public static string Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return "/";
        }

        var segments = path.Split('/');
        var sb = new StringBuilder(path.Length);
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                continue;
            }

            sb.Append('/').Append(Segment(segment));
        }

        return sb.Length == 0 ? "/" : sb.ToString();
    }

    /// <summary>One path segment or query value: a whole id becomes a placeholder, hashes inside it go.</summary>
    public static string Segment(string segment)
    {
        if (segment.All(char.IsAsciiDigit))
        {
            return Number;
        }

        if (Guid.TryParse(segment, out _))
        {
            return Id;
        }

        if (IsHash(segment))
        {
            return Hash;
        }

        // "app.3f2a1b9c.js", "logo-9f8e7d6c.png": a hash between dots or dashes.
        var parts = segment.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var pieces = parts[i].Split('-');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (IsHash(pieces[j]))
                {
                    pieces[j] = Hash;
                }
            }

            parts[i] = string.Join('-', pieces);
        }

        return string.Join('.', parts);
    }

    /// <summary>
    /// At least eight characters of letters and digits with both present and a digit inside the letters, or
    /// hexadecimal with a digit: what content hashes and opaque ids look like, and words do not.
    /// </summary>
    internal static bool IsHash(string value)
    {
        if (value.Length < 8 || !value.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        if (digits == 0 || digits == value.Length)
        {
            return false;
        }

        if (value.All(char.IsAsciiHexDigit))
        {
            return true;
        }

        // Letters then a counter ("appointment12") is a word; digits among letters is a hash ("a1b2c3d4e").
        var trimmed = value.TrimEnd("0123456789".ToCharArray());
        return trimmed.Any(char.IsAsciiDigit);
    }
}
