using System.Text;
using System.Text.RegularExpressions;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// Which attributes identify an element, and how their values are normalised. Only attributes that say
/// what the element is are kept (an allow-list): everything else — style, data-*, event handlers, framework
/// attributes such as Angular's <c>_ngcontent-*</c> or Vue's <c>data-v-*</c> — is dropped. Free text
/// (alt, title, aria-label, placeholder) counts by presence only, so rewording or translating a page does
/// not change fingerprints; whether alt is empty or missing does.
/// </summary>
internal static partial class AttributeRules
{
    private enum Kind
    {
        /// <summary>A name an author or a framework chose (id, name): generated parts stripped.</summary>
        Token,

        /// <summary>A class list: each class normalised, sorted, duplicates dropped.</summary>
        Classes,

        /// <summary>A space-separated list of id references (for, aria-labelledby ...).</summary>
        IdRefs,

        /// <summary>A URL: path pattern only, no query, no host.</summary>
        Url,

        /// <summary>An enumerated or semantic value kept as written (type, role, aria-hidden ...).</summary>
        Value,

        /// <summary>A number that varies with content (aria-valuenow, aria-setsize): digits become #.</summary>
        Count,

        /// <summary>Free text: presence only ("empty" and "present" are different).</summary>
        Presence,

        /// <summary>A boolean attribute: its presence is the value.</summary>
        Flag,
    }

    private static readonly Dictionary<string, Kind> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = Kind.Token,
        ["name"] = Kind.Token,
        ["class"] = Kind.Classes,
        ["for"] = Kind.IdRefs,
        ["form"] = Kind.IdRefs,
        ["list"] = Kind.IdRefs,
        ["headers"] = Kind.IdRefs,
        ["aria-labelledby"] = Kind.IdRefs,
        ["aria-describedby"] = Kind.IdRefs,
        ["aria-controls"] = Kind.IdRefs,
        ["aria-owns"] = Kind.IdRefs,
        ["aria-activedescendant"] = Kind.IdRefs,
        ["aria-details"] = Kind.IdRefs,
        ["aria-errormessage"] = Kind.IdRefs,
        ["aria-flowto"] = Kind.IdRefs,
        ["href"] = Kind.Url,
        ["src"] = Kind.Url,
        ["action"] = Kind.Url,
        ["formaction"] = Kind.Url,
        ["poster"] = Kind.Url,
        ["data"] = Kind.Url,
        ["xlink:href"] = Kind.Url,
        ["role"] = Kind.Value,
        ["type"] = Kind.Value,
        ["lang"] = Kind.Value,
        ["dir"] = Kind.Value,
        ["scope"] = Kind.Value,
        ["autocomplete"] = Kind.Value,
        ["inputmode"] = Kind.Value,
        ["tabindex"] = Kind.Value,
        ["contenteditable"] = Kind.Value,
        ["aria-valuenow"] = Kind.Count,
        ["aria-valuemin"] = Kind.Count,
        ["aria-valuemax"] = Kind.Count,
        ["aria-setsize"] = Kind.Count,
        ["aria-posinset"] = Kind.Count,
        ["aria-rowcount"] = Kind.Count,
        ["aria-rowindex"] = Kind.Count,
        ["aria-colcount"] = Kind.Count,
        ["aria-colindex"] = Kind.Count,
        ["alt"] = Kind.Presence,
        ["title"] = Kind.Presence,
        ["placeholder"] = Kind.Presence,
        ["aria-label"] = Kind.Presence,
        ["aria-description"] = Kind.Presence,
        ["aria-placeholder"] = Kind.Presence,
        ["aria-roledescription"] = Kind.Presence,
        ["aria-valuetext"] = Kind.Presence,
        ["aria-braillelabel"] = Kind.Presence,
        ["required"] = Kind.Flag,
        ["disabled"] = Kind.Flag,
        ["readonly"] = Kind.Flag,
        ["hidden"] = Kind.Flag,
        ["inert"] = Kind.Flag,
        ["multiple"] = Kind.Flag,
        ["open"] = Kind.Flag,
    };

    /// <summary>True for attributes holding a URL (href, src ...).</summary>
    public static bool IsUrl(string name) => Rules.TryGetValue(name, out var kind) && kind == Kind.Url;

    /// <summary>The normalised "name" or "name=value" form, or null when the attribute does not identify the element.</summary>
    public static string? Normalize(string name, string? value)
    {
        var key = name.ToLowerInvariant();
        if (!Rules.TryGetValue(key, out var kind))
        {
            // Other ARIA states and properties (aria-hidden, aria-expanded, aria-level ...) are semantic values.
            if (!key.StartsWith("aria-", StringComparison.Ordinal))
            {
                return null;
            }

            kind = Kind.Value;
        }

        var text = Collapse(value);
        return kind switch
        {
            Kind.Token => Pair(key, GeneratedTokens.Normalize(text)),
            Kind.Classes => GeneratedTokens.NormalizeClassList(text) is { Length: > 0 } classes ? Pair(key, classes) : null,
            Kind.IdRefs => Pair(key, string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(GeneratedTokens.Normalize).Where(t => t.Length > 0))),
            Kind.Url => Pair(key, UrlValue(text)),
            Kind.Value => Pair(key, text.ToLowerInvariant()),
            Kind.Count => Pair(key, Digits().Replace(text, "#")),
            Kind.Presence => text.Length == 0 ? key + "=\"\"" : key,
            _ => key,
        };
    }

    /// <summary>
    /// The path pattern of a URL attribute, with its fragment (a skip link's <c>#main</c> says where it goes).
    /// Query strings (cache busters, tracking) and hosts (the audit's own port) are left out.
    /// </summary>
    internal static string UrlValue(string url)
    {
        if (url.Length == 0)
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : "#" + GeneratedTokens.Normalize(url[(hash + 1)..]);
        var rest = hash < 0 ? url : url[..hash];
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            rest = rest[..query];
        }

        if (rest.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            // An inline image's bytes are content; its media type is enough.
            var comma = rest.IndexOfAny([';', ',']);
            return comma < 0 ? "data:" : rest[..comma];
        }

        if (Uri.TryCreate(rest, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            rest = absolute.AbsolutePath;
        }
        else if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            rest = slash < 0 ? "/" : rest[slash..];
        }
        else if (rest.Contains(':', StringComparison.Ordinal))
        {
            // mailto:, tel:, javascript: — the scheme says what kind of link it is; the rest is content.
            return rest[..(rest.IndexOf(':', StringComparison.Ordinal) + 1)].ToLowerInvariant();
        }

        if (rest.Length == 0)
        {
            return fragment;
        }

        var relative = !rest.StartsWith('/');
        var pattern = PathPattern.Normalize(rest);
        return (relative ? pattern.TrimStart('/') : pattern) + fragment;
    }

    private static string Pair(string name, string value) => value.Length == 0 ? name : $"{name}=\"{value}\"";

    /// <summary>Trims and collapses runs of whitespace to one space.</summary>
    internal static string Collapse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
