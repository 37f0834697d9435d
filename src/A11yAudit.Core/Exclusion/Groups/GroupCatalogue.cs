namespace A11yAudit.Core.Exclusion.Groups;

/// <summary>
/// The groups the model reasons about, with the UK population they are measured against. Loaded from the
/// embedded groups.json or an override file (see docs/exclusion-risk.md).
/// </summary>
public sealed record GroupCatalogue
{
    public string Version { get; init; } = "";

    public required PopulationEstimate UkPopulation { get; init; }

    /// <summary>The caveat that groups overlap, carried as data so every report repeats it.</summary>
    public required string OverlapNote { get; init; }

    public required IReadOnlyList<ExclusionGroup> Groups { get; init; }

    public ExclusionGroup? Find(string id) =>
        Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));

    public ExclusionGroup Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No exclusion group '{id}'.");

    /// <summary>
    /// Applies an override: groups with the same id are replaced, new ones are appended, others kept, so an
    /// override file only needs the figures it changes.
    /// </summary>
    public GroupCatalogue Merge(GroupCatalogueOverride overrides, string origin = "groups override")
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Replace)
        {
            return new GroupCatalogue
            {
                Version = overrides.Version ?? "",
                UkPopulation = overrides.UkPopulation
                    ?? throw new InvalidDataException($"{origin}: a replacing catalogue needs ukPopulation."),
                OverlapNote = overrides.OverlapNote
                    ?? throw new InvalidDataException($"{origin}: a replacing catalogue needs overlapNote."),
                Groups = overrides.Groups,
            };
        }

        var merged = Groups.ToList();
        foreach (var group in overrides.Groups)
        {
            var index = merged.FindIndex(g => string.Equals(g.Id, group.Id, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                merged[index] = group;
            }
            else
            {
                merged.Add(group);
            }
        }

        return this with
        {
            Version = string.IsNullOrEmpty(overrides.Version) ? Version : overrides.Version,
            UkPopulation = overrides.UkPopulation ?? UkPopulation,
            OverlapNote = string.IsNullOrWhiteSpace(overrides.OverlapNote) ? OverlapNote : overrides.OverlapNote,
            Groups = merged,
        };
    }

    /// <summary>Rejects catalogues whose people estimates could not be trusted (duplicate ids, impossible counts).</summary>
    public void Validate(string origin)
    {
        if (Groups.Count == 0)
        {
            throw new InvalidDataException($"{origin}: no groups.");
        }

        if (UkPopulation.Count <= 0)
        {
            throw new InvalidDataException($"{origin}: ukPopulation.count must be positive.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Groups)
        {
            if (string.IsNullOrWhiteSpace(group.Id) || !seen.Add(group.Id))
            {
                throw new InvalidDataException($"{origin}: group id '{group.Id}' is empty or repeated.");
            }

            // A group larger than the country would let people estimates exceed the population.
            if (group.Population.Count < 0 || group.Population.Count > UkPopulation.Count)
            {
                throw new InvalidDataException(
                    $"{origin}: group '{group.Id}' population {group.Population.Count} is outside 0..{UkPopulation.Count}.");
            }
        }
    }
}
