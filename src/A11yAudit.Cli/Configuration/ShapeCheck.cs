using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// Walks one layer against <see cref="TargetShape"/>: unknown keys, lists vs objects vs single values, and value
/// types. Done per layer (not on the merged view) so a typo is blamed on the file or variable that contains it.
/// </summary>
internal static class ShapeCheck
{
    public static void Run(ConfigLayer layer, Problems problems) =>
        CheckObjectChildren(layer, layer.Root, TargetShape.Root, string.Empty, problems);

    private static void Check(ConfigLayer layer, IConfigurationSection section, Shape shape, string path, Problems problems)
    {
        var children = section.GetChildren().ToList();
        switch (shape)
        {
            case ValueShape value:
                CheckValue(layer, section.Value, children.Count > 0, value.Kind, path, problems);
                break;

            case ListShape list:
                CheckList(layer, section, children, list, path, problems);
                break;

            case ObjectShape obj:
                // A JSON {} or null is a section with no value and no children: fine, it just sets nothing.
                if (section.Value is not null || (children.Count > 0 && children.All(c => ValueParsing.IsListIndex(c.Key))))
                {
                    problems.Add(layer.Locate(path), layer.ObjectProblem(path, obj), path);
                    return;
                }

                CheckObjectChildren(layer, section, obj, path, problems);
                break;

            case TextOrObjectShape either:
                if (children.Count > 0 && !string.IsNullOrEmpty(section.Value))
                {
                    // Only possible from the environment (A11YAUDIT_BROWSER__VIEWPORT and A11YAUDIT_BROWSER__VIEWPORT__WIDTH).
                    problems.Add(layer.Locate(path), "is set both as a name and as an object; set only one", path);
                }
                else if (children.Count > 0)
                {
                    Check(layer, section, either.Object, path, problems);
                }

                break;
        }
    }

    private static void CheckObjectChildren(ConfigLayer layer, IConfiguration node, ObjectShape shape, string parent, Problems problems)
    {
        foreach (var child in node.GetChildren())
        {
            if (shape.TryFind(child.Key, out var name, out var childShape))
            {
                Check(layer, child, childShape, Join(parent, name), problems);
            }
            else
            {
                var suggestion = ClosestKey.Find(child.Key, shape.Names);
                layer.ReportUnknown(Join(parent, child.Key), suggestion, shape.Names, problems);
            }
        }
    }

    private static void CheckList(
        ConfigLayer layer, IConfigurationSection section, List<IConfigurationSection> children, ListShape list, string path, Problems problems)
    {
        // An empty JSON array arrives as an empty value with no children.
        var isEmptyList = section.Value is { Length: 0 } && children.Count == 0;
        if ((section.Value is not null && !isEmptyList) || !children.All(c => ValueParsing.IsListIndex(c.Key)))
        {
            var hint = layer.ListHint(path);
            problems.Add(layer.Locate(path), hint.Length > 0 ? $"must be a list; {hint}" : "must be a list", path);
            return;
        }

        foreach (var child in children)
        {
            Check(layer, child, list.Item, Join(path, child.Key), problems);
        }
    }

    private static void CheckValue(ConfigLayer layer, string? value, bool hasChildren, ValueKind kind, string path, Problems problems)
    {
        if (hasChildren)
        {
            problems.Add(layer.Locate(path), "must be a single value, not a list or an object", path);
            return;
        }

        if (value is null)
        {
            return; // JSON null: not set
        }

        var message = kind switch
        {
            ValueKind.WholeNumber when !ValueParsing.TryWholeNumber(value, out _) => "must be a whole number",
            ValueKind.Number when !ValueParsing.TryNumber(value, out _) => "must be a number",
            ValueKind.TrueFalse when !ValueParsing.TryTrueFalse(value, out _) => "must be true or false",
            _ => null,
        };
        if (message is not null)
        {
            problems.Add(layer.Locate(path), $"{message} (got {ValueParsing.Show(value)})", path);
        }
    }

    private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + ":" + key;
}
