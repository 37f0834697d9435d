using A11yAudit.Core.Options;

namespace A11yAudit.Cli.Configuration;

/// <summary>Turns the layered settings into <see cref="AuditOptions"/>, reporting every value it cannot use.</summary>
internal static class TargetBinder
{
    public static AuditOptions Bind(SettingReader s, TargetFileLayer? file, CommandLineLayer commandLine, CliOverrides overrides, string currentDirectory)
    {
        var serveRoot = ServeRoot(s);
        var startUrls = StartUrls(s, commandLine, overrides, serveRoot is not null);
        var name = s.Text("name") ?? DefaultName(file, startUrls);
        var output = s.Text("output:directory") ?? Path.Combine("reports", Slug.From(name));

        return new AuditOptions
        {
            Name = name,
            Description = s.Text("description"),
            SourceFile = file?.DisplayPath ?? CliOverrides.UrlOption,
            StartUrls = startUrls,
            ServeRoot = serveRoot,
            Scope = ScopeBinder.Bind(s),
            Crawl = Crawl(s),
            Browser = BrowserBinder.Bind(s),
            Timeouts = Timeouts(s),
            Axe = Axe(s),
            Journeys = JourneyBinder.Bind(s, serveRoot is not null, startUrls.FirstOrDefault()),
            DisabledChecks = DisabledChecks(s),
            CostlyChecksPerTemplate = s.WholeNumber("crawl:costlyChecksPerTemplate", AuditOptions.DefaultCostlyChecksPerTemplate, 0, 100_000),
            ExclusionGroupsFile = ExistingFile(s, "exclusion:groups"),
            ExclusionBarrierMapFile = ExistingFile(s, "exclusion:barrierMap"),
            ExclusionSettingsFile = ExistingFile(s, "exclusion:settings"),

            // Reports are the user's output, so they land under the current directory wherever the target file lives.
            OutputDirectory = Path.GetFullPath(output, currentDirectory),
            TemplatesDirectory = ExistingFolder(s, "output:templates"),
            Screenshots = s.TrueFalse("output:screenshots", true),
        };
    }

    private static string? ServeRoot(SettingReader s) => ExistingFolder(s, "serve");

    private static string? ExistingFolder(SettingReader s, string key)
    {
        if (s.Text(key) is not { } text)
        {
            return null;
        }

        var full = s.ResolvePath(key, text);
        if (!Directory.Exists(full))
        {
            s.Report(key, $"folder not found: {full}");
        }

        return full;
    }

    private static string? ExistingFile(SettingReader s, string key)
    {
        if (s.Text(key) is not { } text)
        {
            return null;
        }

        var full = s.ResolvePath(key, text);
        if (!File.Exists(full))
        {
            s.Report(key, $"file not found: {full}");
        }

        return full;
    }

    private static IReadOnlyList<Uri> StartUrls(SettingReader s, CommandLineLayer commandLine, CliOverrides overrides, bool served)
    {
        if (overrides.Url is { } url)
        {
            // --url replaces the file's start URLs as a whole rather than merging with them index by index.
            if (UrlRules.StartUrl(url.Trim(), served, out var uri) is { } problem)
            {
                s.Problems.Add(commandLine.Locate("startUrls"), problem);
                return [];
            }

            return [uri!];
        }

        var items = s.List("startUrls");
        if (items is not { Count: > 0 })
        {
            if (!s.Problems.IsBroken("startUrls"))
            {
                s.Report("startUrls", served
                    ? "at least one start URL is required, such as [\"/\"]"
                    : "at least one start URL is required, such as [\"https://www.example.org/\"]");
            }

            return [];
        }

        var urls = new List<Uri>();
        foreach (var (path, raw) in items)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                s.Report(path, "must not be empty");
            }
            else if (UrlRules.StartUrl(raw.Trim(), served, out var uri) is { } problem)
            {
                s.Report(path, problem);
            }
            else
            {
                urls.Add(uri!);
            }
        }

        return urls;
    }

    /// <summary>A target without a name is called after its file ("nhs-app-web") or, ad hoc, after the host.</summary>
    private static string DefaultName(TargetFileLayer? file, IReadOnlyList<Uri> startUrls) =>
        file is not null
            ? Path.GetFileNameWithoutExtension(file.FullPath)
            : startUrls.FirstOrDefault(u => u.IsAbsoluteUri)?.Host ?? "ad-hoc";

    private static CrawlOptions Crawl(SettingReader s)
    {
        var defaults = new CrawlOptions();
        return new CrawlOptions
        {
            MaxPages = s.WholeNumber("crawl:maxPages", defaults.MaxPages, 1, 100_000),
            MaxDepth = s.WholeNumber("crawl:maxDepth", defaults.MaxDepth, 0, 1_000),
            Concurrency = s.WholeNumber("crawl:concurrency", defaults.Concurrency, 1, 32),
            FollowLinks = s.TrueFalse("crawl:followLinks", defaults.FollowLinks),
            UseSitemaps = s.TrueFalse("crawl:useSitemaps", defaults.UseSitemaps),
            RespectRobotsTxt = s.TrueFalse("crawl:respectRobotsTxt", defaults.RespectRobotsTxt),
            RequestsPerSecondPerHost = s.PositiveNumber("crawl:requestsPerSecondPerHost", defaults.RequestsPerSecondPerHost, 1_000),
            AllowNonGetRequests = s.TrueFalse("crawl:allowNonGetRequests", defaults.AllowNonGetRequests),
            ReuseIdenticalPages = s.TrueFalse("crawl:reuseIdenticalPages", defaults.ReuseIdenticalPages),
            ReuseSharedRegions = s.TrueFalse("crawl:reuseSharedRegions", defaults.ReuseSharedRegions),
        };
    }

    private static TimeoutOptions Timeouts(SettingReader s)
    {
        var defaults = new TimeoutOptions();
        return new TimeoutOptions
        {
            Navigation = Seconds(s, "timeouts:navigationSeconds", defaults.Navigation),
            NetworkIdle = Seconds(s, "timeouts:networkIdleSeconds", defaults.NetworkIdle),
            Scan = Seconds(s, "timeouts:scanSeconds", defaults.Scan),
            Page = Seconds(s, "timeouts:pageSeconds", defaults.Page),
        };
    }

    private static TimeSpan Seconds(SettingReader s, string key, TimeSpan fallback) =>
        TimeSpan.FromSeconds(s.PositiveNumber(key, fallback.TotalSeconds, 86_400, "a number of seconds "));

    private static AxeOptions Axe(SettingReader s)
    {
        var defaults = new AxeOptions();
        var tags = ScopeBinder.Items(s, "axe:tags", text => (null, text));
        if (tags is { Count: 0 } && s.List("axe:tags") is { Count: 0 })
        {
            // An empty tag list would silently run every axe rule, experimental ones included.
            s.Report("axe:tags", "needs at least one tag, such as \"wcag2a\"");
        }

        return new AxeOptions
        {
            Tags = tags is { Count: > 0 } ? tags : defaults.Tags,
            IncludeBestPractice = s.TrueFalse("axe:includeBestPractice", defaults.IncludeBestPractice),
            Iframes = s.TrueFalse("axe:iframes", defaults.Iframes),
        };
    }

    /// <summary>checks: { "&lt;id&gt;": { "enabled": false } }. Any id is accepted: checks are added over time.</summary>
    private static HashSet<string> DisabledChecks(SettingReader s)
    {
        var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (s.Problems.IsBroken("checks"))
        {
            return disabled;
        }

        foreach (var id in s.ChildKeys("checks"))
        {
            var key = $"checks:{id}:enabled";
            if (s.Problems.IsBroken($"checks:{id}") || s.Problems.IsBroken(key))
            {
                continue;
            }

            if (s.Raw(key) is null)
            {
                // With other keys present the misspelling is already reported as an unknown key; say it once.
                if (s.ChildKeys($"checks:{id}").Count == 0)
                {
                    s.Report(key, "is required: write { \"enabled\": true } or { \"enabled\": false }");
                }
            }
            else if (!s.TrueFalse(key, true))
            {
                disabled.Add(id.ToLowerInvariant());
            }
        }

        return disabled;
    }
}
