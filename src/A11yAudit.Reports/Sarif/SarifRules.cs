using System.Text;
using System.Text.Json.Nodes;
using A11yAudit.Core.Model;
using A11yAudit.Reports.Wcag;

namespace A11yAudit.Reports.Sarif;

/// <summary>
/// The driver's rules: one reportingDescriptor per check that produced a result, with its help text and URI,
/// WCAG criteria as tags, and a default level from its worst impact in this run.
/// </summary>
internal sealed class SarifRules(IEnumerable<RuleInfo> catalogue)
{
    // Only the first finding (without its elements) and the worst impact of each rule make its descriptor:
    // keeping every finding would hold the whole audit.
    private readonly Dictionary<(string Source, string Id), (Finding First, Impact? Worst)> _seen = [];
    private readonly Dictionary<(string Source, string Id), int> _index = [];
    private JsonArray? _rules;

    /// <summary>The descriptors, ordered by id; no finding may be added once they are made.</summary>
    public JsonArray Array => _rules ??= Describe();

    /// <summary>axe rule ids as axe spells them; the tool's own checks prefixed so they never clash with axe's.</summary>
    public static string IdOf(string source, string ruleId) => source == "axe" ? ruleId : $"{source}/{ruleId}";

    public void Add(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (_rules is not null)
        {
            throw new InvalidOperationException("The rules were already described.");
        }

        var key = (finding.Source, finding.RuleId);
        var impact = finding.Impact ?? finding.Nodes.Max(n => n.Impact);
        _seen[key] = _seen.TryGetValue(key, out var rule)
            ? rule with { Worst = new[] { rule.Worst, impact }.Max() }
            : (finding with { Nodes = [] }, impact);
    }

    public int IndexOf(Finding finding)
    {
        _rules ??= Describe();
        return _index[(finding.Source, finding.RuleId)];
    }

    private JsonArray Describe()
    {
        var known = new Dictionary<(string, string), RuleInfo>();
        foreach (var rule in catalogue)
        {
            known.TryAdd((rule.Source, rule.Id), rule);
        }

        var rules = new JsonArray();
        foreach (var (key, rule) in _seen.OrderBy(r => IdOf(r.Key.Source, r.Key.Id), StringComparer.Ordinal))
        {
            _index[key] = rules.Count;
            rules.Add(Descriptor(key.Source, key.Id, known.GetValueOrDefault(key), rule.First, rule.Worst));
        }

        return rules;
    }

    private static JsonObject Descriptor(string source, string ruleId, RuleInfo? info, Finding first, Impact? worst)
    {
        var help = Text(info?.Help, first.Help, ruleId);
        var description = Text(info?.Description, first.Description, help);
        var helpUrl = info?.HelpUrl ?? first.HelpUrl;
        var criteria = (info?.WcagCriteria is { Count: > 0 } c ? c : first.WcagCriteria).Distinct(StringComparer.Ordinal).ToList();
        var category = info?.Category ?? first.Category;

        var tags = new JsonArray("accessibility", category switch
        {
            RuleCategory.Wcag => "wcag",
            RuleCategory.BestPractice => "best-practice",
            _ => "experimental",
        });
        foreach (var number in criteria)
        {
            tags.Add("WCAG " + number);
        }

        var descriptor = new JsonObject
        {
            ["id"] = IdOf(source, ruleId),
            ["name"] = Name(ruleId),
            ["shortDescription"] = new JsonObject { ["text"] = help },
            ["fullDescription"] = new JsonObject { ["text"] = description },
        };
        if (Uri.TryCreate(helpUrl, UriKind.Absolute, out var uri))
        {
            descriptor["helpUri"] = uri.AbsoluteUri;
        }

        descriptor["help"] = new JsonObject { ["text"] = HelpText(description, criteria, helpUrl), ["markdown"] = HelpMarkdown(help, description, criteria, helpUrl) };
        descriptor["defaultConfiguration"] = new JsonObject { ["level"] = SarifLevel.Of(worst) };
        descriptor["properties"] = new JsonObject
        {
            ["tags"] = tags,
            ["precision"] = "high",
            ["problem.severity"] = SarifLevel.ProblemSeverity(worst),
            ["source"] = source,
        };
        return descriptor;
    }

    /// <summary>"color-contrast" → "ColorContrast": SARIF's name is an identifier-like form of the id.</summary>
    private static string Name(string ruleId) =>
        string.Concat(ruleId.Split(['-', '_', '.', '/'], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Text(params string?[] candidates) => candidates.First(c => !string.IsNullOrWhiteSpace(c))!;

    private static string HelpText(string description, List<string> criteria, string? helpUrl)
    {
        var sb = new StringBuilder(description);
        foreach (var number in criteria)
        {
            var criterion = WcagCriteria.Find(number);
            sb.Append("\nWCAG ").Append(number).Append(criterion is null ? "" : $" {criterion.Name} ({criterion.Level}): {criterion.UnderstandingUrl}");
        }

        if (!string.IsNullOrWhiteSpace(helpUrl))
        {
            sb.Append("\nHow to fix it: ").Append(helpUrl);
        }

        return sb.ToString();
    }

    private static string HelpMarkdown(string help, string description, List<string> criteria, string? helpUrl)
    {
        var sb = new StringBuilder().Append("**").Append(Markdown.MarkdownText.Escape(help)).Append("**\n\n").Append(Markdown.MarkdownText.Escape(description));
        foreach (var number in criteria)
        {
            var criterion = WcagCriteria.Find(number);
            sb.Append("\n\n- WCAG ").Append(number);
            if (criterion is not null)
            {
                sb.Append(" [").Append(Markdown.MarkdownText.Escape(criterion.Name)).Append("](").Append(criterion.UnderstandingUrl).Append(") (").Append(criterion.Level).Append(')');
            }
        }

        if (Uri.TryCreate(helpUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            sb.Append("\n\n[How to fix it](").Append(uri.AbsoluteUri).Append(')');
        }

        return sb.ToString();
    }
}
