using A11yAudit.Core.Model;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>Findings as readable text for assertion messages.</summary>
internal static class FindingsText
{
    public static string Describe(IEnumerable<Finding> findings) => string.Join("\n", findings.SelectMany(f =>
        f.Nodes.Select(n => $"{f.RuleId} {f.Outcome} {n.Target.Display}: {n.FailureSummary} "
            + string.Join(", ", (n.Evidence ?? new Dictionary<string, string>()).Select(e => $"{e.Key}={e.Value}")))));
}
