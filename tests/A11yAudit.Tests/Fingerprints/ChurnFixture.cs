using System.Text.Json;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Fingerprints;

/// <summary>
/// Churn/build-a.json and build-b.json: the same problems as axe reports them from two builds of one site,
/// the second with regenerated class names and ids, reordered attributes, other whitespace, another host
/// and port, other tracking and cache-busting queries, and the findings in another order.
/// </summary>
internal static class ChurnFixture
{
    public sealed record Item(string Name, string RuleId, string Page, string Selector, string Html)
    {
        public Finding Finding => new()
        {
            RuleId = RuleId,
            Source = "axe",
            Outcome = FindingOutcome.Violation,
            Impact = Impact.Serious,
            Nodes = [Node],
        };

        public FindingNode Node => new() { Target = ElementTarget.FromSelector(Selector), Html = Html };
    }

    public static IReadOnlyList<Item> Load(string file)
    {
        var path = Path.Join(TestContext.CurrentContext.TestDirectory, "Fingerprints", "Churn", file);
        return JsonSerializer.Deserialize<List<Item>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException(path);
    }
}
