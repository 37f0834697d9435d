using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Options;

namespace A11yAudit.Tests.Configuration;

/// <summary>
/// Each test gets its own temporary folder as the current directory, writes target files into it and passes
/// its own environment, so nothing depends on (or changes) the process environment or working directory.
/// </summary>
public abstract class ConfigurationTestBase
{
    protected string TempDir { get; private set; } = null!;

    /// <summary>The environment handed to the loader; tests add A11YAUDIT_* variables here.</summary>
    protected Dictionary<string, string?> Env { get; private set; } = null!;

    [SetUp]
    public void CreateTempDir()
    {
        TempDir = Path.Combine(Path.GetTempPath(), "a11yaudit-tests", "config-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(TempDir);
        Env = new Dictionary<string, string?>(StringComparer.Ordinal);
    }

    [TearDown]
    public void DeleteTempDir()
    {
        if (Directory.Exists(TempDir))
        {
            Directory.Delete(TempDir, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="json"/> to <paramref name="name"/> under the temp folder; returns the relative name.</summary>
    protected string WriteTarget(string json, string name = "target.json")
    {
        var full = Path.Combine(TempDir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, json);
        return name;
    }

    protected string MakeDir(string relative)
    {
        var full = Path.Combine(TempDir, relative);
        Directory.CreateDirectory(full);
        return full;
    }

    protected string MakeFile(string relative)
    {
        var full = Path.Combine(TempDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "#!/bin/sh\n");
        return full;
    }

    protected AuditOptions Load(string? targetFile, CliOverrides? overrides = null) =>
        TargetLoader.Load(targetFile, overrides ?? CliOverrides.None, Env, TempDir);

    protected AuditOptions LoadJson(string json, CliOverrides? overrides = null) => Load(WriteTarget(json), overrides);

    /// <summary>Loads and expects failure; returns the problems, one per line of the message.</summary>
    protected IReadOnlyList<string> Problems(string? targetFile, CliOverrides? overrides = null)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(targetFile, overrides))!;
        Assert.That(e.Message, Is.EqualTo(string.Join(Environment.NewLine, e.Problems)), "the message is the whole problem list");
        return e.Problems;
    }

    protected IReadOnlyList<string> ProblemsWithJson(string json, CliOverrides? overrides = null) =>
        Problems(WriteTarget(json), overrides);

    /// <summary>A valid minimal target with <paramref name="members"/> added, e.g. "\"crawl\": { \"maxPages\": 0 }".</summary>
    protected static string Target(string members = "") =>
        "{ \"startUrls\": [\"https://example.org/\"]" + (members.Length > 0 ? ", " + members : string.Empty) + " }";
}
