using A11yAudit.Cli.Configuration;

namespace A11yAudit.Tests.Configuration;

/// <summary>docs/configuration.md documents every key the loader accepts.</summary>
public sealed class ConfigurationDocsTests
{
    [Test]
    public void EveryKey_IsInTheReference()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));

        var missing = DocumentedPaths(TargetShape.Root, prefix: string.Empty)
            .Where(path => !docs.Contains($"`{path}`", StringComparison.Ordinal))
            .ToList();

        Assert.That(missing, Is.Empty, "keys not written as `key.path` in docs/configuration.md");
    }

    [Test]
    public void EveryEnvironmentExample_NamesAKnownKey()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
        // Lines that show an "unknown key" message misspell a name on purpose.
        var names = docs.Split('\n')
            .Where(line => !line.Contains("unknown key", StringComparison.Ordinal))
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"A11YAUDIT_[A-Z0-9_]+[A-Z0-9]").Select(m => m.Value))
            .Distinct()
            .ToList();
        var environment = names.ToDictionary(n => n, n => (string?)(n.EndsWith("STARTURLS__0", StringComparison.Ordinal) ? "https://example.org/" : "1"));

        // Loading with all of them must not report any as unknown (values may well be wrong for the key).
        var e = Assert.Catch<ConfigurationException>(() =>
            TargetLoader.Load(null, new CliOverrides { Url = "https://example.org/" }, environment, Path.GetTempPath()));

        Assert.That(e!.Problems.Where(p => p.Contains("unknown key", StringComparison.Ordinal)), Is.Empty);
    }

    /// <summary>Leaf keys as the reference writes them: crawl.maxPages, journeys[].steps, checks.&lt;id&gt;.enabled.</summary>
    private static IEnumerable<string> DocumentedPaths(Shape shape, string prefix)
    {
        switch (shape)
        {
            case ObjectShape { AnyKey: { } anyKey }:
                foreach (var path in DocumentedPaths(anyKey, prefix + ".<id>"))
                {
                    yield return path;
                }

                break;

            case ObjectShape obj:
                foreach (var name in obj.Names)
                {
                    obj.TryFind(name, out _, out var child);
                    var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                    yield return path;
                    foreach (var nested in DocumentedPaths(child, path))
                    {
                        yield return nested;
                    }
                }

                break;

            case ListShape { Item: ObjectShape item }:
                foreach (var path in DocumentedPaths(item, prefix + "[]"))
                {
                    yield return path;
                }

                break;

            case TextOrObjectShape either:
                foreach (var path in DocumentedPaths(either.Object, prefix))
                {
                    yield return path;
                }

                break;
        }
    }
}
