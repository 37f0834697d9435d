using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Groups;

namespace A11yAudit.Core.Exclusion.Rating;

/// <summary>Collects reasons without duplicates and orders them by importance.</summary>
internal sealed class ReasonList(GroupCatalogue groups)
{
    private readonly List<(RatingReason Reason, bool First, int Journey, int Step, int Group, int Sequence)> _items = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public ExclusionRating Worst =>
        _items.Count == 0 ? ExclusionRating.Outstanding : _items.Max(i => i.Reason.Supports);

    /// <summary>True when a reason about the group already argues for this level or worse.</summary>
    public bool HasReasonFor(string groupId, ExclusionRating atLeast) =>
        _items.Any(i => i.Reason.Supports >= atLeast && string.Equals(i.Reason.GroupId, groupId, StringComparison.OrdinalIgnoreCase));

    public void Add(
        ExclusionRating supports,
        RatingReasonKind kind,
        string text,
        PageBarrier? barrier = null,
        string? journey = null,
        int? step = null,
        int journeyIndex = int.MaxValue,
        string? group = null,
        bool first = false)
    {
        var groupId = barrier?.GroupId ?? group;
        var key = string.Join('|', supports, kind, groupId, journey, step, barrier?.RuleId, barrier?.PageUrl, text);
        if (!_keys.Add(key))
        {
            return;
        }

        var groupIndex = groupId is null ? -1 : IndexOf(groupId);
        _items.Add((new RatingReason
        {
            Supports = supports,
            Kind = kind,
            Text = text,
            GroupId = groupId,
            Journey = journey,
            Step = step,
            PageUrl = barrier?.PageUrl,
            RuleId = barrier?.RuleId,
            Selector = barrier?.Selector,
        }, first, journeyIndex, step ?? 0, groupIndex, _items.Count));
    }

    /// <summary>Worst level first; within a level by kind, then journey order, step, and catalogue group order.</summary>
    public IReadOnlyList<RatingReason> Ordered() =>
        _items
            .OrderByDescending(i => i.Reason.Supports)
            .ThenByDescending(i => i.First)
            .ThenBy(i => i.Reason.Kind)
            .ThenBy(i => i.Journey)
            .ThenBy(i => i.Step)
            .ThenBy(i => i.Group)
            .ThenBy(i => i.Sequence)
            .Select(i => i.Reason)
            .ToList();

    private int IndexOf(string groupId)
    {
        for (var i = 0; i < groups.Groups.Count; i++)
        {
            if (string.Equals(groups.Groups[i].Id, groupId, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
