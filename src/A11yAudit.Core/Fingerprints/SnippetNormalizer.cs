using System.Net;
using System.Text;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// The element part of a fingerprint from the checker's HTML snippet: only the opening tag counts (text and
/// children are content, which changes without the problem changing), as the tag name plus the identifying
/// attributes of <see cref="AttributeRules"/>, normalised and sorted by name, e.g.
/// <c>input[autocomplete="email"][name="email"][type="text"]</c>.
/// </summary>
public static class SnippetNormalizer
{
    /// <summary>The normalised opening tag, or empty when the snippet does not start with one.</summary>
    public static string Normalize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var text = html.AsSpan().TrimStart();
        if (text.Length < 2 || text[0] != '<' || !char.IsAsciiLetter(text[1]))
        {
            return string.Empty;
        }

        var i = 1;
        var tag = ReadWhile(text, ref i, c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_').ToLowerInvariant();
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (i < text.Length)
        {
            SkipWhile(text, ref i, c => char.IsWhiteSpace(c) || c == '/');
            if (i >= text.Length || text[i] == '>')
            {
                break;
            }

            var name = ReadWhile(text, ref i, c => !char.IsWhiteSpace(c) && c is not ('=' or '>' or '/'));
            if (name.Length == 0)
            {
                // A stray '=' or quote: step over it rather than loop.
                i++;
                continue;
            }

            SkipWhile(text, ref i, char.IsWhiteSpace);
            string? value = null;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                SkipWhile(text, ref i, char.IsWhiteSpace);
                value = ReadValue(text, ref i);
            }

            var key = name.ToLowerInvariant();
            if (!attributes.ContainsKey(key) && AttributeRules.Normalize(key, value) is { } normalized)
            {
                // The first of two same-named attributes wins, as in a browser.
                attributes[key] = normalized;
            }
        }

        var sb = new StringBuilder(tag);
        foreach (var attribute in attributes.Values)
        {
            sb.Append('[').Append(attribute).Append(']');
        }

        return sb.ToString();
    }

    private static string? ReadValue(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length)
        {
            return string.Empty;
        }

        var quote = text[i];
        if (quote is '"' or '\'')
        {
            var end = text[(i + 1)..].IndexOf(quote);

            // A snippet cut short inside a value keeps what it has.
            var raw = end < 0 ? text[(i + 1)..] : text.Slice(i + 1, end);
            i = end < 0 ? text.Length : i + end + 2;
            return WebUtility.HtmlDecode(raw.ToString());
        }

        return WebUtility.HtmlDecode(ReadWhile(text, ref i, c => !char.IsWhiteSpace(c) && c != '>'));
    }

    private static string ReadWhile(ReadOnlySpan<char> text, ref int i, Func<char, bool> predicate)
    {
        var start = i;
        SkipWhile(text, ref i, predicate);
        return text[start..i].ToString();
    }

    private static void SkipWhile(ReadOnlySpan<char> text, ref int i, Func<char, bool> predicate)
    {
        while (i < text.Length && predicate(text[i]))
        {
            i++;
        }
    }
}
