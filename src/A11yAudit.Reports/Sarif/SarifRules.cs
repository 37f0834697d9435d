using System.Text;
using System.Text.Json.Nodes;
using A11yAudit.Core.Model;
using A11yAudit.Reports.Wcag;

namespace A11yAudit.Reports.Sarif;

/// <summary>
/// The driver's rules: one reportingDescriptor per check that produced a result, with its help text and URI,
/// WCAG criteria as tags, and a default level from its worst impact in this run.
/// </summary>
internal sealed class SarifRules
{
    private readonly Dictionary<(string Source, string Id), int> _index = [];
    private readonly JsonArray _rules = [];

    public SarifRules(IEnumerable<Finding> findings, IEnumerable<RuleInfo> catalogue)
    {
        var known = new Dictionary<(string, string), RuleInfo>();
        foreach (var rule in catalogue)
        {
            known.TryAdd((rule.Source, rule.Id), rule);
        }

        foreach (var group in findings.GroupBy(f => (f.Source, f.RuleId)).OrderBy(g => IdOf(g.Key.Source, g.Key.RuleId), StringComparer.Ordinal))
        {
            _index[group.Key] = _rules.Count;
            _rules.Add(Descriptor(group.Key.Source, group.Key.RuleId, known.GetValueOrDefault(group.Key), group.ToList()));
        }
    }

    public JsonArray Array => _rules;

    /// <summary>axe rule ids as axe spells them; the tool's own checks prefixed so they never clash with axe's.</summary>
    public static string IdOf(string source, string ruleId) => source == "axe" ? ruleId : $"{source}/{ruleId}";

    public int IndexOf(Finding finding) => _index[(finding.Source, finding.RuleId)];

    private static JsonObject Descriptor(string source, string ruleId, RuleInfo? info, List<Finding> findings)
    {
        var first = findings[0];
        var help = Text(info?.Help, first.Help, ruleId);
        var description = Text(info?.Description, first.Description, help);
        var helpUrl = info?.HelpUrl ?? first.HelpUrl;
        var criteria = (info?.WcagCriteria is { Count: > 0 } c ? c : first.WcagCriteria).Distinct(StringComparer.Ordinal).ToList();
        var category = info?.Category ?? first.Category;
        var worst = findings.Select(f => f.Impact ?? f.Nodes.Max(n => n.Impact)).Max();

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
