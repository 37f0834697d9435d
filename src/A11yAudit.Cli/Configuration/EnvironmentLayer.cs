using System.Collections;
using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// A11YAUDIT_* environment variables: "__" nests (A11YAUDIT_CRAWL__MAXPAGES), and A11YAUDIT_BROWSER alone is the
/// browser executable. Names are mapped here (not by AddEnvironmentVariables) so the special name cannot collide with
/// the browser section, and so each key remembers the variable that set it.
/// </summary>
internal sealed class EnvironmentLayer : ConfigLayer
{
    public const string Prefix = "A11YAUDIT_";
    public const string BrowserVariable = "A11YAUDIT_BROWSER";
    private const string BrowserKey = "browser:executablePath";

    private readonly IReadOnlyDictionary<string, string> _variableByKey;

    private EnvironmentLayer(IConfigurationRoot root, string currentDirectory, IReadOnlyDictionary<string, string> variableByKey)
        : base(root, currentDirectory)
    {
        _variableByKey = variableByKey;
    }

    public static EnvironmentLayer Read(IReadOnlyDictionary<string, string?> variables, string currentDirectory, Problems problems)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var variableByKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // Sorted so that conflict messages are the same on every machine.
        foreach (var (name, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            // An empty variable is how shells "unset" things in CI templates; treat it as not set.
            if (!name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(value))
            {
                continue;
            }

            var key = name.Equals(BrowserVariable, StringComparison.OrdinalIgnoreCase)
                ? BrowserKey
                : name[Prefix.Length..].Replace("__", ":", StringComparison.Ordinal);
            if (key.Length == 0)
            {
                continue;
            }

            if (variableByKey.TryGetValue(key, out var earlier))
            {
                problems.Add($"environment variables {earlier} and {name}", "both set the same setting; set only one");
                continue;
            }

            data[key] = value;
            variableByKey[key] = name;
        }

        var root = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        return new EnvironmentLayer(root, currentDirectory, variableByKey);
    }

    public static IReadOnlyDictionary<string, string?> ProcessVariables()
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = entry.Value as string;
        }

        return result;
    }

    public override string Locate(string path)
    {
        if (_variableByKey.TryGetValue(path, out var exact))
        {
            return $"environment variable {exact}";
        }

        var under = VariablesUnder(path).ToList();
        return under.Count switch
        {
            0 => $"environment variable {NameFor(path.Split(':'))} (not set)",
            1 => $"environment variable {under[0].Variable}",
            _ => $"environment variables {NameFor(path.Split(':'))}__*",
        };
    }

    public override void ReportUnknown(string path, string? suggestion, IReadOnlyList<string> knownKeys, Problems problems)
    {
        var segments = path.Split(':');
        var depth = segments.Length - 1;
        foreach (var (key, variable) in VariablesUnder(path))
        {
            string message;
            if (suggestion is not null)
            {
                var corrected = key.Split(':');
                corrected[depth] = suggestion;
                message = $"unknown key (did you mean {NameFor(corrected)}?)";
            }
            else
            {
                var parent = depth == 0 ? Prefix : NameFor(segments[..depth]) + "__";
                message = $"unknown key (known names after {parent}: {string.Join(", ", knownKeys.Select(k => k.ToUpperInvariant()))})";
            }

            problems.Add($"environment variable {variable}", message);
        }
    }

    public override string ObjectProblem(string path, ObjectShape shape)
    {
        // A variable cannot hold an object; point at the variables that set its members instead.
        var member = shape.Names.Count > 0 ? shape.Names[0] : "<id>";
        return $"is a group of settings, not a single value; set variables such as {NameFor([.. path.Split(':'), member])} instead";
    }

    public override string ListHint(string path)
    {
        var name = NameFor(path.Split(':'));
        return $"set {name}__0, {name}__1, … instead";
    }

    private IEnumerable<(string Key, string Variable)> VariablesUnder(string path) =>
        _variableByKey
            .Where(p => p.Key.Equals(path, StringComparison.OrdinalIgnoreCase)
                || p.Key.StartsWith(path + ":", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value));

    private static string NameFor(IEnumerable<string> segments) =>
        Prefix + string.Join("__", segments).ToUpperInvariant();
}
