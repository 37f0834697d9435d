namespace A11yAudit.Cli.Configuration;

/// <summary>
/// Settings given on the command line. They win over the environment and the target file. Null means "not given".
/// The option names live here so that the parser and the configuration messages spell them the same way.
/// </summary>
public sealed record CliOverrides
{
    public const string UrlOption = "--url";
    public const string OutputOption = "--output";
    public const string MaxPagesOption = "--max-pages";
    public const string MaxDepthOption = "--max-depth";
    public const string ConcurrencyOption = "--concurrency";
    public const string BrowserOption = "--browser";
    public const string HeadedOption = "--headed";
    public const string TemplatesOption = "--templates";
    public const string NoScreenshotsOption = "--no-screenshots";

    public static CliOverrides None { get; } = new();

    /// <summary>Without a target file: audit this URL ad hoc. With one: replaces its start URLs.</summary>
    public string? Url { get; init; }

    public string? OutputDirectory { get; init; }

    public int? MaxPages { get; init; }

    public int? MaxDepth { get; init; }

    public int? Concurrency { get; init; }

    public string? BrowserPath { get; init; }

    /// <summary>True shows the browser window; it is the inverse of browser:headless.</summary>
    public bool? Headed { get; init; }

    public string? TemplatesDirectory { get; init; }

    /// <summary>True skips page and element screenshots; it is the inverse of output:screenshots.</summary>
    public bool? NoScreenshots { get; init; }
}
