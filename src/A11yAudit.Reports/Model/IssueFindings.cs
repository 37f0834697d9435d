using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>
/// What an issue shows of the findings behind it (impact, category, texts, criteria), taken from each finding
/// as it is read, so the findings themselves are not kept.
/// </summary>
internal sealed class IssueFindings
{
    private readonly List<string> _criteria = [];
    private readonly HashSet<string> _criteriaSeen = new(StringComparer.Ordinal);
    private readonly List<string> _tags = [];
    private readonly HashSet<string> _tagsSeen = new(StringComparer.Ordinal);

    /// <summary>The highest impact a finding gives, or null when none gives one.</summary>
    public Impact? Impact { get; private set; }

    /// <summary>The highest impact of any node: the fallback when no finding has an impact.</summary>
    public Impact? NodeImpact { get; private set; }

    /// <summary>The first finding's category.</summary>
    public RuleCategory? Category { get; private set; }

    public string? Help { get; private set; }

    public string? Description { get; private set; }

    public string? HelpUrl { get; private set; }

    /// <summary>Every finding's criteria, each once, in the order met.</summary>
    public IReadOnlyList<string> Criteria => _criteria;

    /// <summary>Every finding's tags, each once, in the order met.</summary>
    public IReadOnlyList<string> Tags => _tags;

    public void Add(Finding finding)
    {
        Impact = Max(Impact, finding.Impact);
        foreach (var node in finding.Nodes)
        {
            NodeImpact = Max(NodeImpact, node.Impact);
        }

        Category ??= finding.Category;
        Help ??= NonBlank(finding.Help);
        Description ??= NonBlank(finding.Description);
        HelpUrl ??= NonBlank(finding.HelpUrl);
        AddDistinct(finding.WcagCriteria, _criteria, _criteriaSeen);
        AddDistinct(finding.Tags, _tags, _tagsSeen);
    }

    private static Impact? Max(Impact? a, Impact? b) => a is null ? b : b is null ? a : (Impact)Math.Max((int)a, (int)b);

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static void AddDistinct(IEnumerable<string> values, List<string> list, HashSet<string> seen)
    {
        foreach (var value in values)
        {
            if (seen.Add(value))
            {
                list.Add(value);
            }
        }
    }
}
