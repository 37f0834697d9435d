using System.Text.Json;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// One element as an in-page script reports it: where it is, its markup, what is wrong and the measured
/// values. Scripts return JSON text so the shape is read with the same rules everywhere.
/// </summary>
internal sealed record MeasuredElement
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Selector { get; init; } = "";

    public string Html { get; init; } = "";

    public string Summary { get; init; } = "";

    /// <summary>"violation" or "needsReview" as the script judged it.</summary>
    public string Outcome { get; init; } = "needsReview";

    /// <summary>Which kind of problem, when a check finds several kinds.</summary>
    public string Kind { get; init; } = "";

    public Dictionary<string, string> Evidence { get; init; } = [];

    public FindingOutcome FindingOutcome => Outcome == "violation" ? FindingOutcome.Violation : FindingOutcome.NeedsReview;

    public FindingNode ToNode() => OwnFinding.Node(Selector, Html, Summary, Evidence);

    public static IReadOnlyList<MeasuredElement> ParseList(string json) => JsonSerializer.Deserialize<List<MeasuredElement>>(json, Json) ?? [];

    public static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException("empty result");
}
