using System.Text.Json;

namespace A11yAudit.Reports.Model;

/// <summary>Plain-English wording per rule (Data/rule-hints.json): what is wrong, a one-line fix, and the accessibility-statement sentence.</summary>
public sealed record RuleHint(string Plain, string Fix, string Statement);

/// <summary>Loads the embedded hints once. A rule not listed falls back to the checker's own help text.</summary>
internal static class RuleHints
{
    public const string Resource = "A11yAudit.Reports.Data.rule-hints.json";

    private static readonly Lazy<IReadOnlyDictionary<string, RuleHint>> All = new(Load);

    public static RuleHint? Find(string ruleId) => All.Value.GetValueOrDefault(ruleId);

    public static IReadOnlyDictionary<string, RuleHint> Rules => All.Value;

    private static IReadOnlyDictionary<string, RuleHint> Load()
    {
        using var stream = typeof(RuleHints).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var document = JsonDocument.Parse(stream);
        var rules = new Dictionary<string, RuleHint>(StringComparer.Ordinal);
        foreach (var rule in document.RootElement.GetProperty("rules").EnumerateObject())
        {
            rules[rule.Name] = new RuleHint(
                rule.Value.GetProperty("plain").GetString() ?? "",
                rule.Value.GetProperty("fix").GetString() ?? "",
                rule.Value.GetProperty("statement").GetString() ?? "");
        }

        return rules;
    }
}
