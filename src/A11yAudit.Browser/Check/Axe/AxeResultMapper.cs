using System.Text;
using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Wcag;

namespace A11yAudit.Browser.Check.Axe;

/// <summary>
/// Maps axe-core's raw JSON to the tool's records. Tolerates missing or null arrays, and keeps iframe and
/// shadow-DOM targets as frame/shadow selector chains instead of a single string.
/// </summary>
public static class AxeResultMapper
{
    public const string Source = "axe";

    public static AxeScanResult Map(string json, string? viewport = null)
    {
        using var doc = JsonDocument.Parse(json);
        return Map(doc.RootElement, viewport);
    }

    /// <summary>As <see cref="Map(string, string?)"/>, for a scan already parsed (its other fields read elsewhere).</summary>
    public static AxeScanResult Map(JsonElement root, string? viewport = null)
    {
        var findings = new List<Finding>();
        var rules = new List<RuleInfo>();
        foreach (var (property, outcome) in new[] { ("violations", FindingOutcome.Violation), ("incomplete", FindingOutcome.NeedsReview) })
        {
            foreach (var rule in Array(root, property))
            {
                var finding = MapRule(rule, outcome, viewport);
                findings.Add(finding);
                rules.Add(new RuleInfo
                {
                    Id = finding.RuleId,
                    Source = Source,
                    Description = finding.Description,
                    Help = finding.Help,
                    HelpUrl = finding.HelpUrl,
                    Category = finding.Category,
                    WcagCriteria = finding.WcagCriteria,
                    Tags = finding.Tags,
                });
            }
        }

        string? version = null;
        if (root.TryGetProperty("testEngine", out var engine) && engine.ValueKind == JsonValueKind.Object)
        {
            version = String(engine, "version");
        }

        return new AxeScanResult(findings, SharedStrings(root, "passes"), SharedStrings(root, "inapplicable"), rules, version);
    }

    private static Finding MapRule(JsonElement rule, FindingOutcome outcome, string? viewport)
    {
        var tags = SharedStrings(rule, "tags");
        return new Finding
        {
            RuleId = String(rule, "id") ?? "unknown",
            Source = Source,
            Outcome = outcome,
            Impact = ParseImpact(String(rule, "impact")),
            Category = WcagTags.Category(tags),
            WcagCriteria = WcagTags.Criteria(tags),
            Tags = tags,
            Description = String(rule, "description") ?? string.Empty,
            Help = String(rule, "help") ?? string.Empty,
            HelpUrl = String(rule, "helpUrl"),
            Viewport = viewport,
            Nodes = Array(rule, "nodes").Select(MapNode).ToList(),
        };
    }

    private static FindingNode MapNode(JsonElement node) => new()
    {
        Target = MapTarget(node.TryGetProperty("target", out var t) ? t : default),
        Html = String(node, "html") ?? string.Empty,
        Impact = ParseImpact(String(node, "impact")),
        FailureSummary = String(node, "failureSummary") is { Length: > 0 } summary ? summary : RebuildFailureSummary(node),
    };

    /// <summary>
    /// axe targets: one entry per frame; an entry is a selector string, or an array of selectors through
    /// shadow roots.
    /// </summary>
    internal static ElementTarget MapTarget(JsonElement target)
    {
        var frames = new List<IReadOnlyList<string>>();
        if (target.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in target.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.String)
                {
                    frames.Add([entry.GetString() ?? string.Empty]);
                }
                else if (entry.ValueKind == JsonValueKind.Array)
                {
                    frames.Add(entry.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() ?? string.Empty : s.ToString()).ToList());
                }
            }
        }
        else if (target.ValueKind == JsonValueKind.String)
        {
            frames.Add([target.GetString() ?? string.Empty]);
        }

        return frames.Count == 0 ? ElementTarget.FromSelector("html") : new ElementTarget(frames);
    }

    /// <summary>The same wording axe's own reporter uses, rebuilt from the any/all/none check messages.</summary>
    internal static string RebuildFailureSummary(JsonElement node)
    {
        var sb = new StringBuilder();
        void Section(string title, IEnumerable<string> messages)
        {
            var list = messages.Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
            if (list.Count == 0)
            {
                return;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(title);
            foreach (var m in list)
            {
                sb.Append("\n  ").Append(m);
            }
        }

        Section("Fix any of the following:", Messages(node, "any"));
        Section("Fix all of the following:", Messages(node, "all").Concat(Messages(node, "none")));
        return sb.ToString();
    }

    private static IEnumerable<string> Messages(JsonElement node, string property) =>
        Array(node, property).Select(c => String(c, "message")).OfType<string>();

    private static Impact? ParseImpact(string? value) => value switch
    {
        "minor" => Impact.Minor,
        "moderate" => Impact.Moderate,
        "serious" => Impact.Serious,
        "critical" => Impact.Critical,
        _ => null,
    };

    private static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>
    /// Rule ids (and tags), one string per id for the whole audit: every page holds some 90 of them until it is written,
    /// and the identical-page map holds them for up to 500 pages (a heap diff of a long crawl showed them growing).
    /// </summary>
    private static IReadOnlyList<string> SharedStrings(JsonElement element, string property) =>
        Array(element, property).Where(e => e.ValueKind == JsonValueKind.String).Select(e => Shared(e.GetString()!)).ToList();

    /// <summary>Axe has about a hundred rules and fewer tags; the cap only guards against a page that answers nonsense.</summary>
    private const int MaxSharedStrings = 2000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    private static string Shared(string text) =>
        Pool.TryGetValue(text, out var shared) ? shared
        : Pool.Count < MaxSharedStrings ? Pool.GetOrAdd(text, text)
        : text;

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
