using System.Text.Json;
using A11yAudit.Cli.Configuration;
using NJsonSchema;

namespace A11yAudit.Tests.Configuration;

/// <summary>audit-targets/target.schema.json: the bundled targets follow it, and it describes exactly what the loader reads.</summary>
public sealed class TargetSchemaTests
{
    private static string SchemaFile => Path.Combine(RepoPaths.AuditTargets, "target.schema.json");

    [TestCase("demo.json")]
    [TestCase("nhs-app-web.json")]
    public async Task BundledTarget_ValidatesAgainstTheSchema(string file)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaFile);

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(RepoPaths.AuditTargets, file)));

        Assert.That(errors.Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
    }

    [TestCase("{ \"startUrls\": [\"https://example.org/\"], \"crawl\": { \"maxPagez\": 1 } }")]
    [TestCase("{ \"startUrls\": [\"https://example.org/\"], \"crawl\": { \"maxPages\": 0 } }")]
    [TestCase("{ \"startUrls\": [\"https://example.org/\"], \"browser\": { \"viewport\": \"tablet\" } }")]
    [TestCase("{ \"startUrls\": [\"https://example.org/\"], \"browser\": { \"viewport\": { \"width\": 300 } } }")]
    [TestCase("{ \"startUrls\": [\"https://example.org/\"], \"journeys\": [ { \"name\": \"J\", \"weight\": \"high\", \"steps\": [\"/\"] } ] }")]
    [TestCase("{ \"startUrls\": [\"https://example.org/\"], \"checks\": { \"reflow\": { \"enable\": false } } }")]
    [TestCase("{ \"startUrls\": [] }")]
    [TestCase("{ \"name\": \"no start URLs\" }")]
    public async Task Schema_RejectsWhatTheLoaderRejects(string json)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaFile);

        Assert.That(schema.Validate(json), Is.Not.Empty);
    }

    [Test]
    public void Schema_DescribesExactlyTheKeysTheLoaderKnows()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));

        var mismatches = new List<string>();
        Compare(schema.RootElement, TargetShape.Root, "(root)", mismatches);

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Schema_DescribesEveryProperty_AndAllowsNoOthers()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));

        var problems = new List<string>();
        CheckDocumented(schema.RootElement, "(root)", problems);

        Assert.That(problems, Is.Empty);
    }

    private static void Compare(JsonElement schema, Shape shape, string path, List<string> mismatches)
    {
        switch (shape)
        {
            case ObjectShape obj when obj.AnyKey is not null:
                Compare(schema.GetProperty("additionalProperties"), obj.AnyKey, path + ":*", mismatches);
                break;

            case ObjectShape obj:
                var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
                if (!properties.SequenceEqual(obj.Names))
                {
                    mismatches.Add($"{path}: schema has [{string.Join(", ", properties)}], loader knows [{string.Join(", ", obj.Names)}]");
                    break;
                }

                foreach (var name in obj.Names)
                {
                    obj.TryFind(name, out _, out var child);
                    Compare(schema.GetProperty("properties").GetProperty(name), child, path + ":" + name, mismatches);
                }

                break;

            case ListShape list:
                Expect(schema, "array", path, mismatches);
                Compare(schema.GetProperty("items"), list.Item, path + ":*", mismatches);
                break;

            case TextOrObjectShape either:
                var options = schema.GetProperty("oneOf").EnumerateArray().ToList();
                Expect(options[0], "string", path, mismatches);
                Compare(options[1], either.Object, path, mismatches);
                break;

            case ValueShape value:
                Expect(schema, value.Kind switch
                {
                    ValueKind.WholeNumber => "integer",
                    ValueKind.Number => "number",
                    ValueKind.TrueFalse => "boolean",
                    _ => "string",
                }, path, mismatches);
                break;
        }
    }

    private static void Expect(JsonElement schema, string type, string path, List<string> mismatches)
    {
        var declared = schema.GetProperty("type");
        var types = declared.ValueKind == JsonValueKind.Array
            ? declared.EnumerateArray().Select(t => t.GetString()).ToList()
            : [declared.GetString()];
        if (!types.Contains(type))
        {
            mismatches.Add($"{path}: schema type [{string.Join(", ", types)}], loader reads {type}");
        }
    }

    private static void CheckDocumented(JsonElement schema, string path, List<string> problems)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            {
                problems.Add($"{path}: additionalProperties must be false");
            }

            foreach (var property in properties.EnumerateObject())
            {
                if (!property.Value.TryGetProperty("description", out _))
                {
                    problems.Add($"{path}:{property.Name}: no description");
                }

                CheckDocumented(property.Value, path + ":" + property.Name, problems);
            }
        }

        foreach (var nested in new[] { "items", "additionalProperties" })
        {
            if (schema.TryGetProperty(nested, out var child) && child.ValueKind == JsonValueKind.Object)
            {
                CheckDocumented(child, path + ":*", problems);
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            foreach (var option in oneOf.EnumerateArray())
            {
                CheckDocumented(option, path, problems);
            }
        }
    }
}
