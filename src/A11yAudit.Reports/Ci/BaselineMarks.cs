using A11yAudit.Core.Model;
using A11yAudit.Core.Results;

namespace A11yAudit.Reports.Ci;

/// <summary>How each confirmed violation of a run stands against the baseline, for marking results in SARIF, JUnit and Markdown.</summary>
public sealed class BaselineMarks
{
    private readonly Dictionary<string, string>? _states;

    private BaselineMarks(Dictionary<string, string>? states)
    {
        _states = states;
    }

    public static BaselineMarks From(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Baseline is not { } baseline)
        {
            return new BaselineMarks(null);
        }

        // Folded page by page: the pages may be on disk, and only the count per fingerprint is needed.
        var mostOnOnePage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in results.Pages.Where(p => p.WasScanned))
        {
            var onThisPage = page.Findings.Where(f => f.Outcome == FindingOutcome.Violation).SelectMany(f => f.Nodes).CountBy(n => n.Fingerprint ?? "", StringComparer.Ordinal);
            foreach (var (fingerprint, count) in onThisPage)
            {
                mostOnOnePage[fingerprint] = Math.Max(count, mostOnOnePage.GetValueOrDefault(fingerprint));
            }
        }

        // A new entry covering fewer elements than are there now is a known problem on more elements: "updated".
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in baseline.NewFindings)
        {
            states[entry.Fingerprint] = entry.Count < mostOnOnePage.GetValueOrDefault(entry.Fingerprint) ? "updated" : "new";
        }

        return new BaselineMarks(states);
    }

    /// <summary>
    /// SARIF's baselineState — "new", "updated" or "unchanged" — for a confirmed violation; null without a
    /// baseline, and for needs-review items, which baselines do not hold.
    /// </summary>
    public string? StateOf(FindingOutcome outcome, string? fingerprint) =>
        _states is null || outcome != FindingOutcome.Violation || fingerprint is null
            ? null
            : _states.GetValueOrDefault(fingerprint, "unchanged");

    /// <summary>True for a violation that is new, or on more elements than the baseline accepted.</summary>
    public bool IsNew(FindingOutcome outcome, string? fingerprint) => StateOf(outcome, fingerprint) is "new" or "updated";
}
