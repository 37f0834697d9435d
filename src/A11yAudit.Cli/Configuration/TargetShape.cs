namespace A11yAudit.Cli.Configuration;

/// <summary>
/// The target file format (docs/configuration.md, audit-targets/target.schema.json). A test keeps this tree and
/// the JSON Schema in step, so a key added here and not documented there fails the build.
/// </summary>
internal static class TargetShape
{
    private static readonly ValueShape Text = new(ValueKind.Text);
    private static readonly ValueShape WholeNumber = new(ValueKind.WholeNumber);
    private static readonly ValueShape Number = new(ValueKind.Number);
    private static readonly ValueShape TrueFalse = new(ValueKind.TrueFalse);

    public static ObjectShape Root { get; } = Object(
        ("$schema", Text),
        ("name", Text),
        ("description", Text),
        ("serve", Text),
        ("startUrls", List(Text)),
        ("scope", Object(
            ("allowedOrigins", List(Text)),
            ("include", List(Text)),
            ("exclude", List(Text)),
            ("ignoreQueryParameters", List(Text)))),
        ("crawl", Object(
            ("maxPages", WholeNumber),
            ("maxDepth", WholeNumber),
            ("concurrency", WholeNumber),
            ("followLinks", TrueFalse),
            ("useSitemaps", TrueFalse),
            ("respectRobotsTxt", TrueFalse),
            ("requestsPerSecondPerHost", Number),
            ("allowNonGetRequests", TrueFalse),
            ("costlyChecksPerTemplate", WholeNumber),
            ("reuseIdenticalPages", TrueFalse),
            ("reuseSharedRegions", TrueFalse))),
        ("browser", Object(
            ("executablePath", Text),
            ("headless", TrueFalse),
            ("args", List(Text)),
            ("viewport", new TextOrObjectShape(Object(
                ("width", WholeNumber),
                ("height", WholeNumber),
                ("isMobile", TrueFalse),
                ("deviceScaleFactor", Number)))))),
        ("timeouts", Object(
            ("navigationSeconds", Number),
            ("networkIdleSeconds", Number),
            ("scanSeconds", Number),
            ("pageSeconds", Number))),
        ("axe", Object(
            ("tags", List(Text)),
            ("includeBestPractice", TrueFalse),
            ("iframes", TrueFalse))),
        ("journeys", List(Object(
            ("name", Text),
            ("weight", Text),
            ("steps", List(Text))))),
        ("checks", new ObjectShape([], anyKey: Object(("enabled", TrueFalse)))),
        ("exclusion", Object(
            ("groups", Text),
            ("barrierMap", Text),
            ("settings", Text))),
        ("output", Object(
            ("directory", Text),
            ("templates", Text),
            ("screenshots", TrueFalse))));

    private static ObjectShape Object(params (string Name, Shape Shape)[] properties) => new(properties);

    private static ListShape List(Shape item) => new(item);
}
