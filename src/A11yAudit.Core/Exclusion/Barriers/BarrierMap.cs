using A11yAudit.Core.Model;

namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>
/// Every check mapped to the groups it affects. Explicit entries win; anything else resolves through the
/// fallback so an unknown rule still counts against someone (and says so).
/// </summary>
public sealed class BarrierMap
{
    private readonly Dictionary<(string Source, string RuleId), BarrierMapping> _explicit;

    public BarrierMap(BarrierMapData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Version = data.Version;
        AxeVersion = data.AxeVersion;
        Fallback = data.Fallback ?? new FallbackRules();
        _explicit = new Dictionary<(string, string), BarrierMapping>(KeyComparer.Instance);
        foreach (var rule in data.Rules)
        {
            // Later entries win so an override list can simply be appended.
            _explicit[(rule.Source, rule.RuleId)] = rule with { IsFallback = false };
        }

        Mappings = _explicit.Values
            .OrderBy(m => m.Source, StringComparer.Ordinal)
            .ThenBy(m => m.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    public string Version { get; }

    public string? AxeVersion { get; }

    public FallbackRules Fallback { get; }

    /// <summary>The explicit entries, ordered by source then rule id.</summary>
    public IReadOnlyList<BarrierMapping> Mappings { get; }

    /// <summary>The explicit entry for a check; with no source given, axe is tried before the tool's own checks.</summary>
    public BarrierMapping? FindExplicit(string ruleId, string? source = null)
    {
        if (source is not null)
        {
            return _explicit.GetValueOrDefault((source, ruleId));
        }

        return _explicit.GetValueOrDefault((RuleSources.Axe, ruleId))
            ?? _explicit.GetValueOrDefault((RuleSources.A11yAudit, ruleId));
    }

    public BarrierMapping Resolve(string ruleId, string? source, IEnumerable<string>? tags, Impact? impact) =>
        FindExplicit(ruleId, source) ?? Fallback.Resolve(ruleId, source, tags, impact);

    /// <summary>Resolves a finding; its own impact (or its worst node's) feeds the fallback.</summary>
    public BarrierMapping Resolve(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var impact = finding.Impact ?? finding.Nodes.Select(n => n.Impact).Max();
        return Resolve(finding.RuleId, finding.Source, finding.Tags, impact);
    }

    /// <summary>
    /// Every explicitly mapped check, plus any extra rules (e.g. the rules a run reported) resolved through the
    /// fallback, for the `rules` command.
    /// </summary>
    public IReadOnlyList<RuleDescription> Describe(Groups.GroupCatalogue? groups = null, IEnumerable<RuleInfo>? extraRules = null)
    {
        var mappings = Mappings.ToList();
        foreach (var rule in extraRules ?? [])
        {
            if (FindExplicit(rule.Id, rule.Source) is null && !mappings.Any(m => m.RuleId == rule.Id && m.Source == rule.Source))
            {
                mappings.Add(Fallback.Resolve(rule.Id, rule.Source, rule.Tags, impact: null));
            }
        }

        return mappings
            .OrderBy(m => m.Source, StringComparer.Ordinal)
            .ThenBy(m => m.RuleId, StringComparer.Ordinal)
            .Select(m => new RuleDescription
            {
                RuleId = m.RuleId,
                Source = m.Source,
                Rationale = m.Rationale,
                IsFallback = m.IsFallback,
                Groups = m.Groups
                    .OrderByDescending(g => g.Value)
                    .ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new RuleGroupImpact(g.Key, groups?.Find(g.Key)?.Name ?? g.Key, g.Value))
                    .ToList(),
            })
            .ToList();
    }

    /// <summary>Applies an override file: same (source, rule id) replaces, new entries are added.</summary>
    public static BarrierMapData Merge(BarrierMapData defaults, BarrierMapData overrides)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Replace)
        {
            return overrides with { Fallback = overrides.Fallback ?? defaults.Fallback, Replace = false };
        }

        return defaults with
        {
            Version = string.IsNullOrEmpty(overrides.Version) ? defaults.Version : overrides.Version,
            AxeVersion = overrides.AxeVersion ?? defaults.AxeVersion,
            Fallback = overrides.Fallback ?? defaults.Fallback,
            Rules = [.. defaults.Rules, .. overrides.Rules],
        };
    }

    /// <summary>Every group a mapping names must exist, and every mapping must name at least one.</summary>
    public void Validate(Groups.GroupCatalogue groups, string origin)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var mapping in Mappings)
        {
            if (mapping.Groups.Count == 0)
            {
                throw new InvalidDataException($"{origin}: rule '{mapping.RuleId}' maps to no group.");
            }

            if (string.IsNullOrWhiteSpace(mapping.Rationale))
            {
                throw new InvalidDataException($"{origin}: rule '{mapping.RuleId}' has no rationale.");
            }

            CheckGroups(groups, mapping.Groups.Keys, $"rule '{mapping.RuleId}'", origin);
        }

        CheckGroups(groups, Fallback.DefaultGroups, "fallback defaultGroups", origin);
        foreach (var category in Fallback.Categories)
        {
            CheckGroups(groups, category.Groups, $"fallback category '{category.Tag}'", origin);
        }

        if (Fallback.DefaultGroups.Count == 0)
        {
            throw new InvalidDataException($"{origin}: fallback defaultGroups is empty, so an unknown rule would affect nobody.");
        }
    }

    private static void CheckGroups(Groups.GroupCatalogue groups, IEnumerable<string> ids, string what, string origin)
    {
        foreach (var id in ids)
        {
            if (groups.Find(id) is null)
            {
                throw new InvalidDataException($"{origin}: {what} names unknown group '{id}'.");
            }
        }
    }

    private sealed class KeyComparer : IEqualityComparer<(string Source, string RuleId)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Source, string RuleId) x, (string Source, string RuleId) y) =>
            string.Equals(x.Source, y.Source, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.RuleId, y.RuleId, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Source, string RuleId) obj) =>
            HashCode.Combine(
                StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Source),
                StringComparer.OrdinalIgnoreCase.GetHashCode(obj.RuleId));
    }
}
