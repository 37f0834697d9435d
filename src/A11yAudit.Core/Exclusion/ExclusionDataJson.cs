using System.Text.Json;
using System.Text.Json.Serialization;

namespace A11yAudit.Core.Exclusion;

/// <summary>
/// Reads the model's data files. Lenient on what people write by hand (comments, trailing commas, any
/// property case); strict on meaning, which the model validates after loading.
/// </summary>
internal static class ExclusionDataJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static T Read<T>(Stream stream, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new InvalidDataException($"{origin}: the file is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: {ex.Message}", ex);
        }
    }

    public static T ReadFile<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return Read<T>(stream, path);
    }

    public static T ReadResource<T>(string name)
    {
        using var stream = typeof(ExclusionDataJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from A11yAudit.Core.");
        return Read<T>(stream, name);
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
