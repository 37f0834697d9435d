using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Reports.Model;

/// <summary>
/// The assessment's barrier mappings and groups, indexed once so each issue finds who it excludes in constant
/// time. Without an assessment every rule affects no known group and issues sort by impact alone.
/// </summary>
internal sealed class BarrierLookup
{
    /// <summary>The issue filters' CSS has rules for this many group slots.</summary>
    public const int MaxFilterSlots = 20;

    private readonly Dictionary<(string Source, string RuleId), BarrierMapping> _mappings = new(KeyComparer.Instance);
    private readonly Dictionary<string, (string Name, int Slot)> _groups = new(StringComparer.OrdinalIgnoreCase);

    public BarrierLookup(ExclusionAssessment? assessment)
    {
        if (assessment is null)
        {
            return;
        }

        foreach (var mapping in assessment.Mappings)
        {
            _mappings.TryAdd((mapping.Source, mapping.RuleId), mapping);
        }

        for (var i = 0; i < assessment.Groups.Count; i++)
        {
            _groups.TryAdd(assessment.Groups[i].Id, (assessment.Groups[i].Name, i + 1));
        }
    }

    public BarrierMapping? Mapping(string source, string ruleId) => _mappings.GetValueOrDefault((source, ruleId));

    public string GroupName(string groupId) => _groups.TryGetValue(groupId, out var g) ? g.Name : groupId;

    /// <summary>1-based position in the catalogue; 0 for a group the catalogue does not list.</summary>
    public int Slot(string groupId) => _groups.TryGetValue(groupId, out var g) ? g.Slot : 0;

    /// <summary>The groups a rule affects, most severe first, then in catalogue order.</summary>
    public IReadOnlyList<GroupImpact> Impacts(BarrierMapping? mapping) =>
        mapping is null
            ? []
            : mapping.Groups
                .OrderByDescending(g => g.Value)
                .ThenBy(g => Slot(g.Key) == 0 ? int.MaxValue : Slot(g.Key))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupImpact(g.Key, GroupName(g.Key), ReportWords.SeverityKey(g.Value), ReportWords.SeverityLabel(g.Value), Slot(g.Key)))
                .ToList();

    private sealed class KeyComparer : IEqualityComparer<(string Source, string RuleId)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Source, string RuleId) x, (string Source, string RuleId) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Source, y.Source) && StringComparer.OrdinalIgnoreCase.Equals(x.RuleId, y.RuleId);

        public int GetHashCode((string Source, string RuleId) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Source), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.RuleId));
    }
}
