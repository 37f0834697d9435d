using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace A11yAudit.Cli.Configuration;

/// <summary>
/// Command-line overrides as the highest-precedence layer. --url is not in it: a URL replaces the start URLs
/// as a whole, which index-by-index configuration merging cannot express, so the binder applies it.
/// </summary>
internal sealed class CommandLineLayer : ConfigLayer
{
    private static readonly Dictionary<string, string> OptionByKey = new(StringComparer.OrdinalIgnoreCase)
    {
        ["startUrls"] = CliOverrides.UrlOption,
        ["output:directory"] = CliOverrides.OutputOption,
        ["crawl:maxPages"] = CliOverrides.MaxPagesOption,
        ["crawl:maxDepth"] = CliOverrides.MaxDepthOption,
        ["crawl:concurrency"] = CliOverrides.ConcurrencyOption,
        ["browser:executablePath"] = CliOverrides.BrowserOption,
        ["browser:headless"] = CliOverrides.HeadedOption,
        ["output:templates"] = CliOverrides.TemplatesOption,
        ["output:screenshots"] = CliOverrides.NoScreenshotsOption,
    };

    private CommandLineLayer(IConfigurationRoot root, string currentDirectory)
        : base(root, currentDirectory)
    {
    }

    public static CommandLineLayer From(CliOverrides overrides, string currentDirectory)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Set(data, "output:directory", overrides.OutputDirectory);
        Set(data, "crawl:maxPages", overrides.MaxPages?.ToString(CultureInfo.InvariantCulture));
        Set(data, "crawl:maxDepth", overrides.MaxDepth?.ToString(CultureInfo.InvariantCulture));
        Set(data, "crawl:concurrency", overrides.Concurrency?.ToString(CultureInfo.InvariantCulture));
        Set(data, "browser:executablePath", overrides.BrowserPath);
        Set(data, "browser:headless", overrides.Headed is { } headed ? (!headed).ToString() : null);
        Set(data, "output:templates", overrides.TemplatesDirectory);
        Set(data, "output:screenshots", overrides.NoScreenshots is true ? "false" : null);
        return new CommandLineLayer(new ConfigurationBuilder().AddInMemoryCollection(data).Build(), currentDirectory);
    }

    public override string Locate(string path) =>
        OptionByKey.TryGetValue(path, out var option) ? $"option {option}" : $"command line: {path}";

    // The command line is built from typed options, so it never has unknown keys or lists.
    public override void ReportUnknown(string path, string? suggestion, IReadOnlyList<string> knownKeys, Problems problems) =>
        problems.Add(Locate(path), "unknown key");

    public override string ListHint(string path) => string.Empty;

    private static void Set(Dictionary<string, string?> data, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[key] = value;
        }
    }
}
