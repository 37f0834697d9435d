using System.Text.Json;
using System.Text.Json.Nodes;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;

namespace A11yAudit.Tests.Reports;

/// <summary>
/// Re-scores the golden inputs with the real exclusion model, so their "exclusion" part is what the tool
/// would write. Run by hand after the model changes, then regenerate the expected HTML (docs/reports.md).
/// </summary>
[TestFixture]
[Explicit("Rewrites golden inputs in the source tree")]
public sealed class GoldenInputs
{
    private static readonly Dictionary<string, IReadOnlyList<JourneyOptions>> Journeys = new()
    {
        ["typical"] =
        [
            new() { Name = "Book an appointment", Weight = "critical", Steps = ["/appointments", "/appointments/book"] },
            new() { Name = "Contact the surgery", Weight = "important", Steps = ["/contact"] },
            new() { Name = "Read the home page", Weight = "other", Steps = ["/"] },
        ],
        ["hostile"] =
        [
            new() { Name = "<script>alert('journey')</script>\"><img src=x onerror=alert(2)>", Weight = "critical", Steps = ["^javascript:.*"] },
        ],
    };

    [TestCase("typical")]
    [TestCase("hostile")]
    public async Task Rescore(string name)
    {
        var path = Path.Join(RepoPaths.GoldenSource, name + ".results.json");
        var results = await ResultsFile.ReadAsync(path);
        var scored = results with { Exclusion = ExclusionModel.LoadDefault().Assess(results.Pages, Journeys[name]) };

        // Keep the file's own layout for everything else; replace only the assessment.
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        json["exclusion"] = JsonSerializer.SerializeToNode(scored.Exclusion, ResultsJson.Options);
        await File.WriteAllTextAsync(path, json.ToJsonString(ResultsJson.Options) + "\n");
        Assert.Pass($"Rescored {path}");
    }
}
