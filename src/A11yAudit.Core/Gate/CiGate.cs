using A11yAudit.Core.Baselines;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Results;

namespace A11yAudit.Core.Gate;

/// <summary>
/// Judges a fingerprinted run: compares it with the baseline (or an empty one), applies the --fail-on policy,
/// and refuses to judge a run that stopped early or scanned too few pages. Pure; the CLI does the file work.
/// </summary>
public static class CiGate
{
    /// <param name="results">A scored, fingerprinted audit.</param>
    /// <param name="settings">The run's CI options.</param>
    /// <param name="baseline">The baseline read from <see cref="GateSettings.BaselineFile"/>, or null when there was none yet.</param>
    /// <param name="fingerprinter">The fingerprinter that fingerprinted <paramref name="results"/>.</param>
    /// <returns>The results with <see cref="AuditResults.Baseline"/> and <see cref="AuditResults.Gate"/> set when gated.</returns>
    public static AuditResults Evaluate(AuditResults results, GateSettings settings, Baseline? baseline, Fingerprinter fingerprinter)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(fingerprinter);
        if (!settings.IsGated)
        {
            return results;
        }

        var scanned = BaselineEntries.ScannedPages(results, fingerprinter);
        var diff = BaselineDiff.Compare(baseline, BaselineEntries.From(results, fingerprinter), scanned);
        var comparison = settings.BaselineFile is null
            ? null
            : BaselineComparison.From(settings.BaselineFile, baseline, diff, results.Exclusion, settings.UpdateBaseline);

        var policy = settings.Policy;
        var problem = results.Incomplete
            ? $"the audit did not finish ({results.IncompleteReason ?? "stopped early"}), so it cannot show that nothing got worse."
            : PageMinimum.Check(results.Summary.PagesScanned, PageMinimum.Resolve(settings.MinPages, results.Target.MaxPages));

        GateResult gate;
        if (problem is not null)
        {
            gate = new GateResult { Verdict = GateVerdict.Error, Policy = policy.Describe(), Problem = problem };
        }
        else if (settings.UpdateBaseline)
        {
            gate = new GateResult { Verdict = GateVerdict.Passed, Policy = policy.Describe(), BaselineUpdated = true };
        }
        else
        {
            gate = GateEvaluator.Evaluate(policy, new GateInput(diff, baseline, results.Exclusion));
        }

        return results with { Baseline = comparison, Gate = gate };
    }
}
