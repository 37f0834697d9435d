using System.Text.Json;

namespace A11yAudit.Tests.Exclusion;

/// <summary>
/// axe-rules-4.14.0.json: every rule of the bundled axe-core, captured with axe.getRules() in Chromium. It is
/// read from the source tree because it is test data, not something the tool ships.
/// </summary>
internal sealed record AxeRulesSnapshot(string AxeVersion, IReadOnlyList<AxeRulesSnapshot.Rule> Rules)
{
    public const string FileName = "axe-rules-4.14.0.json";

    public sealed record Rule(string RuleId, IReadOnlyList<string> Tags, string? Impact, string Help);

    public static AxeRulesSnapshot Load()
    {
        using var stream = File.OpenRead(Locate());
        return JsonSerializer.Deserialize<AxeRulesSnapshot>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException(FileName + " is empty.");
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in (string[])[
                Path.Combine(dir.FullName, "Exclusion", FileName),
                Path.Combine(dir.FullName, "tests", "A11yAudit.Tests", "Exclusion", FileName)])
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"{FileName} not found above {AppContext.BaseDirectory}.");
    }
}
