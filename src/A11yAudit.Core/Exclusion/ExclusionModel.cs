using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;
using A11yAudit.Core.Exclusion.Scoring;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;

namespace A11yAudit.Core.Exclusion;

/// <summary>
/// The exclusion-risk model: who the groups are, which checks affect them, and the constants of scoring and
/// rating. The defaults are embedded data files; each can be overridden by a file given in configuration.
/// </summary>
public sealed class ExclusionModel
{
    public const string GroupsResource = "A11yAudit.Core.Exclusion.Data.groups.json";
    public const string BarrierMapResource = "A11yAudit.Core.Exclusion.Data.barrier-map.json";

    private static readonly Lazy<ExclusionModel> Default = new(() => Load());

    public ExclusionModel(GroupCatalogue groups, BarrierMap barrierMap, ExclusionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(barrierMap);
        groups.Validate("groups");
        barrierMap.Validate(groups, "barrier map");
        Settings = settings ?? new ExclusionSettings();
        Settings.Validate("exclusion settings");
        Groups = groups;
        BarrierMap = barrierMap;
    }

    public GroupCatalogue Groups { get; }

    public BarrierMap BarrierMap { get; }

    public ExclusionSettings Settings { get; }

    /// <summary>The embedded groups, barrier map and default constants (parsed once).</summary>
    public static ExclusionModel LoadDefault() => Default.Value;

    /// <summary>
    /// Loads the embedded data, applying override files where given. A groups or barrier-map override is
    /// merged by id (set "replace": true to replace instead); a settings file gives the constants.
    /// </summary>
    public static ExclusionModel Load(string? groupsPath = null, string? barrierMapPath = null, string? settingsPath = null)
    {
        var groups = LoadDefaultGroups();
        if (!string.IsNullOrWhiteSpace(groupsPath))
        {
            var overrides = ExclusionDataJson.ReadFile<GroupCatalogueOverride>(groupsPath);
            groups = groups.Merge(overrides, groupsPath);
            groups.Validate(groupsPath);
        }

        var mapData = LoadDefaultBarrierMapData();
        if (!string.IsNullOrWhiteSpace(barrierMapPath))
        {
            mapData = BarrierMap.Merge(mapData, ExclusionDataJson.ReadFile<BarrierMapData>(barrierMapPath));
            new BarrierMap(mapData).Validate(groups, barrierMapPath);
        }

        var settings = string.IsNullOrWhiteSpace(settingsPath)
            ? new ExclusionSettings()
            : ExclusionDataJson.ReadFile<ExclusionSettings>(settingsPath);
        if (!string.IsNullOrWhiteSpace(settingsPath))
        {
            settings.Validate(settingsPath);
        }

        return new ExclusionModel(groups, new BarrierMap(mapData), settings);
    }

    public static GroupCatalogue LoadDefaultGroups() => ExclusionDataJson.ReadResource<GroupCatalogue>(GroupsResource);

    public static BarrierMapData LoadDefaultBarrierMapData() => ExclusionDataJson.ReadResource<BarrierMapData>(BarrierMapResource);

    public ExclusionModel WithSettings(ExclusionSettings settings) => new(Groups, BarrierMap, settings);

    public ExclusionAssessment Assess(IReadOnlyList<PageResult> pages, IReadOnlyList<JourneyOptions> journeys) =>
        ExclusionScorer.Score(pages, journeys, this);

    /// <summary>Every check with its groups, severities and rationale, for the `rules` command.</summary>
    public IReadOnlyList<RuleDescription> DescribeRules(IEnumerable<RuleInfo>? extraRules = null) =>
        BarrierMap.Describe(Groups, extraRules);
}
