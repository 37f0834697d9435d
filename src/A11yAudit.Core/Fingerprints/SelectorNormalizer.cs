using System.Globalization;
using System.Text;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// The selector part of a fingerprint. axe names an element by a short CSS selector that changes with the
/// build (<c>.css-1x2y3z &gt; li:nth-child(3) &gt; a</c>); this keeps its shape and the author's names:
/// generated class and id parts stripped (<see cref="GeneratedTokens"/>), classes sorted, attribute
/// selectors filtered and normalised like attributes (<see cref="AttributeRules"/>; URL attributes by name
/// only, since axe spells their values differently from build to build), <c>:nth-child(3)</c>
/// reduced to <c>:nth-child</c> (an item added above must not rename the ones below), combinators spaced
/// one way. A step left with nothing becomes <c>*</c>.
/// </summary>
public static class SelectorNormalizer
{
    public static string Normalize(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(selector.Length);
        foreach (var (combinator, compound) in Steps(selector))
        {
            if (sb.Length > 0)
            {
                sb.Append(combinator == ' ' ? " " : $" {combinator} ");
            }

            sb.Append(Compound(compound));
        }

        return sb.ToString();
    }

    /// <summary>Splits at combinators outside brackets, parentheses and quotes.</summary>
    private static List<(char Combinator, string Compound)> Steps(string selector)
    {
        var steps = new List<(char, string)>();
        var current = new StringBuilder();
        var combinator = ' ';
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c == '\\' && i + 1 < selector.Length)
            {
                // A hex escape ("\\31 23") swallows one space after it: that space is no combinator.
                current.Append(c).Append(selector[++i]);
                var hex = char.IsAsciiHexDigit(selector[i]) ? 1 : 0;
                while (hex is > 0 and < 6 && i + 1 < selector.Length && char.IsAsciiHexDigit(selector[i + 1]))
                {
                    current.Append(selector[++i]);
                    hex++;
                }

                if (hex > 0 && i + 1 < selector.Length && selector[i + 1] == ' ')
                {
                    current.Append(selector[++i]);
                }

                continue;
            }

            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                current.Append(c);
                continue;
            }

            if (depth == 0 && (char.IsWhiteSpace(c) || c is '>' or '+' or '~'))
            {
                if (current.Length > 0)
                {
                    steps.Add((combinator, current.ToString()));
                    current.Clear();
                    combinator = ' ';
                }

                if (!char.IsWhiteSpace(c))
                {
                    combinator = c;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            steps.Add((combinator, current.ToString()));
        }

        return steps;
    }

    private static string Compound(string compound)
    {
        var type = string.Empty;
        string? id = null;
        var classes = new SortedSet<string>(StringComparer.Ordinal);
        var attributes = new SortedSet<string>(StringComparer.Ordinal);
        var pseudos = new List<string>();
        var i = 0;
        while (i < compound.Length)
        {
            var c = compound[i];
            switch (c)
            {
                case '#':
                    i++;
                    id = GeneratedTokens.Normalize(Identifier(compound, ref i));
                    break;
                case '.':
                    i++;
                    if (GeneratedTokens.Normalize(Identifier(compound, ref i)) is { Length: > 0 } cls)
                    {
                        classes.Add(cls);
                    }

                    break;
                case '[':
                    if (Attribute(Bracketed(compound, ref i, '[', ']')) is { } attribute)
                    {
                        attributes.Add(attribute);
                    }

                    break;
                case ':':
                    pseudos.Add(Pseudo(compound, ref i));
                    break;
                default:
                    type = Identifier(compound, ref i).ToLowerInvariant();
                    if (type.Length == 0)
                    {
                        // Something this reader does not know: keep it verbatim rather than loop.
                        type = compound[i++].ToString();
                    }

                    break;
            }
        }

        var sb = new StringBuilder(type);
        if (!string.IsNullOrEmpty(id))
        {
            sb.Append('#').Append(id);
        }

        foreach (var cls in classes)
        {
            sb.Append('.').Append(cls);
        }

        foreach (var attribute in attributes)
        {
            sb.Append('[').Append(attribute).Append(']');
        }

        foreach (var pseudo in pseudos)
        {
            sb.Append(pseudo);
        }

        return sb.Length == 0 ? "*" : sb.ToString();
    }

    /// <summary>An identifier with CSS escapes resolved (<c>\:r1\:</c>, <c>\31 23</c>).</summary>
    private static string Identifier(string text, ref int i)
    {
        var sb = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                i++;
                var start = i;
                while (i < text.Length && i - start < 6 && char.IsAsciiHexDigit(text[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    var code = int.Parse(text.AsSpan(start, i - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    sb.Append(code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
                    if (i < text.Length && text[i] == ' ')
                    {
                        i++;
                    }
                }
                else
                {
                    sb.Append(text[i++]);
                }

                continue;
            }

            if (c is '#' or '.' or '[' or ':' or '(' or ')' || char.IsWhiteSpace(c))
            {
                break;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>The text between an opening and its matching closing character, quotes respected.</summary>
    private static string Bracketed(string text, ref int i, char open, char close)
    {
        var start = i + 1;
        var depth = 0;
        char? quote = null;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                i++;
                return text[start..(i - 1)];
            }
        }

        return text[Math.Min(start, text.Length)..];
    }

    /// <summary>An attribute selector normalised like the attribute itself; null when it does not identify.</summary>
    private static string? Attribute(string inner)
    {
        var op = inner.IndexOfAny(['=', '~', '|', '^', '$', '*']);
        if (op < 0)
        {
            return AttributeRules.Normalize(inner.Trim(), null) is { } flag ? flag.Split('=')[0] : null;
        }

        var name = inner[..op].Trim();
        var eq = inner.IndexOf('=', op);
        if (eq < 0)
        {
            return null;
        }

        // axe writes URL attributes as a suffix match on the file name ([href$="book"]) or, when there is a
        // query, as the whole value ([href="/book?utm_source=x"]): which one depends on the build. The element's
        // opening tag carries the normalised URL, so here the attribute only says the selector used it.
        if (AttributeRules.IsUrl(name))
        {
            return name.ToLowerInvariant();
        }

        var value = inner[(eq + 1)..].Trim();
        if (value.EndsWith(" i", StringComparison.OrdinalIgnoreCase) || value.EndsWith(" s", StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^2].TrimEnd();
        }

        value = value.Trim('"', '\'');
        var normalized = AttributeRules.Normalize(name, value);

        // Keep the operator: [src$="x.png"] and [src="x.png"] are different statements about an element.
        var prefix = inner[op..eq];
        var at = normalized?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        return at < 0 || prefix.Length == 0 ? normalized : normalized![..at] + prefix + normalized[at..];
    }

    private static string Pseudo(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] == ':')
        {
            i++;
        }

        var colons = text[start..i];
        var name = Identifier(text, ref i).ToLowerInvariant();
        string? argument = null;
        if (i < text.Length && text[i] == '(')
        {
            argument = Bracketed(text, ref i, '(', ')');
        }

        // Positions shift whenever content is added above; the count of such elements is kept elsewhere.
        if (name.StartsWith("nth-", StringComparison.Ordinal))
        {
            return colons + name;
        }

        return argument is null ? colons + name : $"{colons}{name}({AttributeRules.Collapse(argument)})";
    }
}
