using A11yAudit.Core.Options;

namespace A11yAudit.Cli.Configuration;

/// <summary>scope: which URLs belong to the audit.</summary>
internal static class ScopeBinder
{
    public static ScopeOptions Bind(SettingReader s) => new()
    {
        AllowedOrigins = Items(s, "scope:allowedOrigins", text => (UrlRules.Origin(text, out var origin), origin)) ?? [],
        Include = Items(s, "scope:include", text => (UrlRules.ScopePattern(text, out var regex), regex)) ?? [],
        Exclude = Items(s, "scope:exclude", text => (UrlRules.ScopePattern(text, out var regex), regex)) ?? [],
        IgnoreQueryParameters = Items(s, "scope:ignoreQueryParameters", text => (null, text))
            ?? ScopeOptions.DefaultIgnoredQueryParameters,
    };

    /// <summary>
    /// Converts each item of a text list, reporting blank and invalid items; null when the list is not set,
    /// so the caller can apply its default.
    /// </summary>
    internal static IReadOnlyList<string>? Items(SettingReader s, string path, Func<string, (string? Problem, string Value)> convert)
    {
        if (s.List(path) is not { } items)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var (itemPath, raw) in items)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                s.Report(itemPath, "must not be empty");
                continue;
            }

            var (problem, value) = convert(raw.Trim());
            if (problem is not null)
            {
                s.Report(itemPath, problem);
                continue;
            }

            result.Add(value);
        }

        return result;
    }
}
