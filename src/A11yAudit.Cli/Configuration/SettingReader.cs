using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// Reads typed settings from the layers, highest precedence first, and reports range problems against the layer
/// the winning value came from. Values are looked up layer by layer rather than through the merged root because
/// chained configuration drops empty values, and an empty JSON array must still mean "an empty list".
/// </summary>
internal sealed class SettingReader
{
    private readonly IConfiguration _merged;
    private readonly IReadOnlyList<ConfigLayer> _highestFirst;
    private readonly ConfigLayer _fallback;

    /// <param name="merged">All layers merged by configuration precedence; used for the union of child keys.</param>
    /// <param name="layers">Lowest precedence first, as they were added to <paramref name="merged"/>.</param>
    /// <param name="fallback">Blamed for settings that no layer gives at all (the target file when there is one).</param>
    public SettingReader(IConfiguration merged, IReadOnlyList<ConfigLayer> layers, ConfigLayer fallback, Problems problems)
    {
        _merged = merged;
        _highestFirst = layers.Reverse().ToList();
        _fallback = fallback;
        Problems = problems;
    }

    public Problems Problems { get; }

    /// <summary>The layer whose value for <paramref name="path"/> wins, or null when none sets it.</summary>
    public ConfigLayer? SourceOf(string path) => _highestFirst.FirstOrDefault(l => l.Defines(path));

    /// <summary>The message prefix for <paramref name="path"/>; an unset key is blamed on whoever set its parent.</summary>
    public string Locate(string path)
    {
        for (var probe = path; ; probe = probe[..probe.LastIndexOf(':')])
        {
            if (SourceOf(probe) is { } layer)
            {
                return layer.Locate(path);
            }

            if (!probe.Contains(':', StringComparison.Ordinal))
            {
                return _fallback.Locate(path);
            }
        }
    }

    public void Report(string path, string message) => Problems.Add(Locate(path), message, path);

    /// <summary>The winning raw value, or null when unset or already reported as malformed.</summary>
    public string? Raw(string path)
    {
        if (Problems.IsBroken(path))
        {
            return null;
        }

        foreach (var layer in _highestFirst)
        {
            if (layer.Root[path] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Trimmed text; blank counts as not set.</summary>
    public string? Text(string path) => Raw(path) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool TrueFalse(string path, bool fallback) =>
        Raw(path) is { } raw && ValueParsing.TryTrueFalse(raw, out var value) ? value : fallback;

    public int WholeNumber(string path, int fallback, int min, int max) => OptionalWholeNumber(path, min, max) ?? fallback;

    public int? OptionalWholeNumber(string path, int min, int max)
    {
        // Not parseable means ShapeCheck has already said so.
        if (Raw(path) is not { } raw || !ValueParsing.TryWholeNumber(raw, out var value))
        {
            return null;
        }

        if (value < min || value > max)
        {
            Report(path, $"must be between {min} and {max} (got {value})");
            return null;
        }

        return (int)value;
    }

    /// <summary>A number in (0, <paramref name="max"/>]: every rate, size and timeout here must be positive.</summary>
    public double PositiveNumber(string path, double fallback, double max, string unit = "")
    {
        if (Raw(path) is not { } raw || !ValueParsing.TryNumber(raw, out var value))
        {
            return fallback;
        }

        if (value <= 0 || value > max)
        {
            Report(path, $"must be {unit}greater than 0 and at most {ValueParsing.Show(max)} (got {ValueParsing.Show(value)})");
            return fallback;
        }

        return value;
    }

    /// <summary>
    /// The items of a list with their paths; null when no layer sets it. Layers merge lists index by index
    /// (configuration's rule), but an empty JSON array in the winning layer still means an empty list.
    /// </summary>
    public IReadOnlyList<(string Path, string? Value)>? List(string path)
    {
        if (Problems.IsBroken(path) || SourceOf(path) is not { } winner)
        {
            return null;
        }

        var own = winner.Root.GetSection(path);
        if (own.Value is { Length: 0 } && !own.GetChildren().Any())
        {
            return [];
        }

        return _merged.GetSection(path).GetChildren()
            .Where(c => ValueParsing.IsListIndex(c.Key))
            .OrderBy(c => ValueParsing.ListIndex(c.Key))
            .Select(c => (Path: $"{path}:{c.Key}", Section: c))
            .Where(c => !Problems.IsBroken(c.Path))
            .Select(c => (c.Path, Raw(c.Path)))
            .ToList();
    }

    /// <summary>The keys under <paramref name="path"/> across all layers (object members or list indexes).</summary>
    public IReadOnlyList<string> ChildKeys(string path) =>
        _merged.GetSection(path).GetChildren().Select(c => c.Key).ToList();

    /// <summary>Whether the winning layer gives <paramref name="path"/> as an object rather than a single value.</summary>
    public bool IsObject(string path) =>
        SourceOf(path) is { } layer && layer.Root.GetSection(path).GetChildren().Any();

    /// <summary>A file system path from <paramref name="path"/>, relative to the folder of the layer that gave it.</summary>
    public string ResolvePath(string path, string value) =>
        Path.GetFullPath(value, (SourceOf(path) ?? _fallback).BaseDirectory);
}
