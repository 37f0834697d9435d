namespace A11yAudit.Cli.Configuration;

/// <summary>
/// What a target file may contain, as a tree. Configuration keys are case-insensitive and all values are text,
/// so the binder alone cannot tell a typo from a missing key; this tree lets every layer be checked key by key.
/// </summary>
internal abstract class Shape;

internal enum ValueKind
{
    Text,
    WholeNumber,
    Number,
    TrueFalse,
}

internal sealed class ValueShape(ValueKind kind) : Shape
{
    public ValueKind Kind { get; } = kind;
}

internal sealed class ListShape(Shape item) : Shape
{
    public Shape Item { get; } = item;
}

/// <summary>An object with known keys, or (with <see cref="AnyKey"/>) a map from any key to one shape.</summary>
internal sealed class ObjectShape : Shape
{
    private readonly Dictionary<string, Shape> _properties;

    public ObjectShape(IEnumerable<(string Name, Shape Shape)> properties, Shape? anyKey = null)
    {
        Names = properties.Select(p => p.Name).ToList();
        _properties = properties.ToDictionary(p => p.Name, p => p.Shape, StringComparer.OrdinalIgnoreCase);
        AnyKey = anyKey;
    }

    /// <summary>Known keys in their documented (camelCase) spelling.</summary>
    public IReadOnlyList<string> Names { get; }

    public Shape? AnyKey { get; }

    /// <summary>The documented spelling and shape of <paramref name="key"/>, matched case-insensitively.</summary>
    public bool TryFind(string key, out string name, out Shape shape)
    {
        if (_properties.TryGetValue(key, out var found))
        {
            name = Names.First(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
            shape = found;
            return true;
        }

        if (AnyKey is not null)
        {
            name = key;
            shape = AnyKey;
            return true;
        }

        name = key;
        shape = null!;
        return false;
    }
}

/// <summary>Either a single text value or an object (the viewport: "mobile" or { "width": … }).</summary>
internal sealed class TextOrObjectShape(ObjectShape objectShape) : Shape
{
    public ObjectShape Object { get; } = objectShape;
}
