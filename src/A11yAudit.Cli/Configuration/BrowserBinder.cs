using A11yAudit.Core.Options;

namespace A11yAudit.Cli.Configuration;

/// <summary>browser: which Chromium, headless or not, and the viewport pages are rendered in.</summary>
internal static class BrowserBinder
{
    public static BrowserOptions Bind(SettingReader s) => new()
    {
        ExecutablePath = ExecutablePath(s),
        Headless = s.TrueFalse("browser:headless", true),
        ExtraArgs = ScopeBinder.Items(s, "browser:args", text => (null, text)) ?? [],
        Viewport = Viewport(s),
    };

    private static string? ExecutablePath(SettingReader s)
    {
        const string key = "browser:executablePath";
        if (s.Text(key) is not { } text)
        {
            return null;
        }

        // Checked now: a wrong path in CI should fail before the crawl starts, naming the variable or key.
        var full = s.ResolvePath(key, text);
        if (!File.Exists(full))
        {
            s.Report(key, $"file not found: {full}");
        }

        return full;
    }

    private static ViewportOptions Viewport(SettingReader s)
    {
        const string key = "browser:viewport";
        if (s.Problems.IsBroken(key))
        {
            return ViewportOptions.Mobile;
        }

        if (s.IsObject(key))
        {
            var width = s.OptionalWholeNumber($"{key}:width", 100, 10000);
            var height = s.OptionalWholeNumber($"{key}:height", 100, 10000);
            foreach (var (name, value) in new[] { ("width", width), ("height", height) })
            {
                if (value is null && s.Raw($"{key}:{name}") is null && !s.Problems.IsBroken($"{key}:{name}"))
                {
                    s.Report($"{key}:{name}", "is required when the viewport is an object");
                }
            }

            var isMobile = s.TrueFalse($"{key}:isMobile", false);
            var scale = s.PositiveNumber($"{key}:deviceScaleFactor", 1, 10);
            return width is { } w && height is { } h
                ? new ViewportOptions($"{w}x{h}", w, h, isMobile, scale)
                : ViewportOptions.Mobile;
        }

        return s.Text(key)?.ToLowerInvariant() switch
        {
            null or "mobile" => ViewportOptions.Mobile,
            "desktop" => ViewportOptions.Desktop,
            _ => Invalid(),
        };

        ViewportOptions Invalid()
        {
            s.Report(key, $"must be \"mobile\", \"desktop\" or an object {{ \"width\": …, \"height\": … }} (got {ValueParsing.Show(s.Text(key)!)})");
            return ViewportOptions.Mobile;
        }
    }
}
