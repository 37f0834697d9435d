using A11yAudit.Core.Model;

namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>
/// Maps a check nobody has mapped yet, so a new axe version never breaks a run: groups from the axe category
/// tag, severity from the impact. The category's first group gets the impact's severity and the others one
/// step less (never below minor), because a category names who is hit hardest first.
/// </summary>
public sealed record FallbackRules
{
    public string Rationale { get; init; } =
        "No explicit mapping: groups come from the rule's axe category tag and severity from its impact.";

    /// <summary>axe impact name ("critical", "serious", "moderate", "minor") to severity.</summary>
    public IReadOnlyDictionary<string, BarrierSeverity> Impacts { get; init; } = new Dictionary<string, BarrierSeverity>
    {
        ["critical"] = BarrierSeverity.Blocker,
        ["serious"] = BarrierSeverity.Major,
        ["moderate"] = BarrierSeverity.Minor,
        ["minor"] = BarrierSeverity.Minor,
    };

    /// <summary>Used when the finding carries no impact.</summary>
    public BarrierSeverity DefaultSeverity { get; init; } = BarrierSeverity.Minor;

    /// <summary>Used when no category tag is known, so every check still counts against someone.</summary>
    public IReadOnlyList<string> DefaultGroups { get; init; } = ["screen-reader"];

    public IReadOnlyList<CategoryFallback> Categories { get; init; } = [];

    public BarrierSeverity SeverityFor(Impact? impact)
    {
        if (impact is null)
        {
            return DefaultSeverity;
        }

        var name = impact.Value.ToString().ToLowerInvariant();
        return Impacts.TryGetValue(name, out var severity) ? severity : DefaultSeverity;
    }

    public BarrierMapping Resolve(string ruleId, string? source, IEnumerable<string>? tags, Impact? impact)
    {
        var severity = SeverityFor(impact);
        var groups = new Dictionary<string, BarrierSeverity>(StringComparer.OrdinalIgnoreCase);
        var tagList = (tags ?? []).ToList();
        foreach (var category in Categories.Where(c => tagList.Contains(c.Tag, StringComparer.OrdinalIgnoreCase)))
        {
            for (var i = 0; i < category.Groups.Count; i++)
            {
                var groupSeverity = i == 0 ? severity : Lower(severity);
                Raise(groups, category.Groups[i], groupSeverity);
            }
        }

        if (groups.Count == 0)
        {
            foreach (var group in DefaultGroups)
            {
                Raise(groups, group, severity);
            }
        }

        return new BarrierMapping
        {
            RuleId = ruleId,
            Source = source ?? RuleSources.Axe,
            Rationale = Rationale,
            Groups = groups,
            IsFallback = true,
        };
    }

    private static BarrierSeverity Lower(BarrierSeverity severity) =>
        severity == BarrierSeverity.Minor ? BarrierSeverity.Minor : severity - 1;

    private static void Raise(Dictionary<string, BarrierSeverity> groups, string group, BarrierSeverity severity)
    {
        if (!groups.TryGetValue(group, out var existing) || existing < severity)
        {
            groups[group] = severity;
        }
    }
}
