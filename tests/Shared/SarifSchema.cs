using NJsonSchema;

namespace A11yAudit.Tests.Shared;

/// <summary>
/// The OASIS SARIF 2.1.0 schema from <c>../shared/schemas/</c> beside the repository (always there in CI).
/// Where it is absent the test is reported as ignored, saying why: never passed without validating.
/// Linked into both test projects.
/// </summary>
internal static class SarifSchema
{
    public const string FileName = "sarif-schema-2.1.0.json";

    /// <summary>The schema, or Assert.Ignore when the shared folder is not beside the repository.</summary>
    public static async Task<JsonSchema> LoadOrIgnoreAsync()
    {
        var root = RepositoryRoot();
        var path = Path.GetFullPath(Path.Join(root, "..", "shared", "schemas", FileName));
        if (!File.Exists(path))
        {
            Assert.Ignore($"SARIF schema not found at {path}: this clone has no ../shared beside it, so results.sarif cannot be validated here (CI always has it).");
        }

        // Every $ref in the schema points inside the file, so loading it never reaches the network.
        return await JsonSchema.FromFileAsync(path);
    }

    /// <summary>Validation errors as "path: kind" lines, nested errors included, for a readable failure.</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, string json) =>
        Flatten(schema.Validate(json)).ToList();

    private static IEnumerable<string> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Path}: {error.Kind}";
            if (error is NJsonSchema.Validation.ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return "  " + nested;
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "A11yAudit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("A11yAudit.sln not found above the test folder.");
    }
}
