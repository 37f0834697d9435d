using A11yAudit.Core.Baselines;
using A11yAudit.Core.History;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Tests.Baselines;
using static A11yAudit.Tests.Baselines.CiAudits;

namespace A11yAudit.Tests.Trends;

/// <summary>Audits with a baseline diff and a history, as the CLI writes them to results.json.</summary>
internal static class TrendsAudits
{
    public static readonly AuditResults Before = Audit(
        Page("/", Violation("image-alt", Impact.Critical)),
        Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint"))));

    /// <summary>image-alt fixed, a label problem added: one new (failing the gate), one fixed.</summary>
    public static AuditResults Judged() => CiRuns.Judged(
        Audit(Page("/"), Page("/book", Violation("color-contrast", Impact.Serious, Node("p.hint")), Violation("label", Impact.Critical, Node("#reason")))),
        Before);

    /// <summary><paramref name="runs"/> history entries a day apart, the last being the judged run itself.</summary>
    public static AuditResults WithHistory(AuditResults results, int runs)
    {
        var current = HistoryEntryBuilder.From(results, BaselineEntries.From(results, Fingerprinter));
        var earlier = Enumerable.Range(1, runs - 1).Reverse().Select(days => current with
        {
            Date = current.Date.AddDays(-days),
            Findings = current.Findings + days,
            New = days % 2,
            Groups = current.Groups.Select(g => g with { Risk = Math.Max(0, g.Risk - 0.1 * days) }).ToList(),
        });
        return results with { History = [.. earlier, current] };
    }
}
