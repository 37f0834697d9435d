using System.Globalization;
using A11yAudit.Core.Baselines;
using A11yAudit.Core.Exclusion.Rating;
using A11yAudit.Core.Gate;
using A11yAudit.Core.History;
using A11yAudit.Core.Results;

namespace A11yAudit.Reports.Model;

/// <summary>
/// Builds the <see cref="TrendsSection"/> from results.json's baseline, gate and history. Pure and
/// deterministic like <see cref="ReportModelBuilder"/>: every value comes from the results, none from the clock.
/// </summary>
public static class TrendsModelBuilder
{
    /// <summary>New and fixed findings listed in the report; the rest are counted.</summary>
    public const int MaxItems = 50;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <returns>Null when the run had neither a baseline nor a history.</returns>
    public static TrendsSection? Build(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Baseline is null && results.History is not { Count: > 0 })
        {
            return null;
        }

        var history = (results.History ?? []).OrderBy(h => h.Date).ToList();
        var groupNames = (results.Exclusion?.Groups ?? []).ToDictionary(g => g.Id, g => g.Name, StringComparer.OrdinalIgnoreCase);
        return new TrendsSection
        {
            Diff = results.Baseline is { } baseline ? Diff(results, baseline) : null,
            Runs = history.Select((h, i) => Run(h, i == history.Count - 1)).Reverse().ToList(),
            Groups = history.Count >= 2 ? GroupRows(history, groupNames) : [],
            FindingsChart = history.Count >= 2 ? FindingsChart(history) : null,
        };
    }

    private static TrendsDiff Diff(AuditResults results, BaselineComparison baseline)
    {
        var failing = (results.Gate?.Failures ?? [])
            .Where(f => f.Finding is not null)
            .GroupBy(f => (f.Finding!.Fingerprint, f.Finding.Count))
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(f => f.Conditions).Distinct(StringComparer.Ordinal)));
        var notes = new List<string>();
        if (baseline.Fixed > 0 && !baseline.Updated)
        {
            notes.Add(BaselineAdvice.Tighten(baseline.Fixed));
        }

        if (baseline.NotRechecked > 0)
        {
            notes.Add(BaselineAdvice.NotRechecked(baseline.NotRechecked));
        }

        if (baseline.Created is not null && baseline.BaselineAxeVersion != results.Tool.AxeVersion)
        {
            notes.Add(BaselineAdvice.OtherAxeVersion(baseline.BaselineAxeVersion, results.Tool.AxeVersion));
        }

        return new TrendsDiff
        {
            BaselineFile = baseline.File,
            Recorded = baseline.Created is { } created ? ReportText.Time(created) : null,
            New = baseline.New,
            Fixed = baseline.Fixed,
            StillPresent = baseline.StillPresent,
            NotRechecked = baseline.NotRechecked,
            NewItems = baseline.NewFindings.Take(MaxItems).Select(e => Item(e, failing.GetValueOrDefault((e.Fingerprint, e.Count), ""))).ToList(),
            MoreNew = Math.Max(0, baseline.NewFindings.Count - MaxItems),
            FixedItems = baseline.FixedFindings.Take(MaxItems).Select(e => Item(e, "")).ToList(),
            MoreFixed = Math.Max(0, baseline.FixedFindings.Count - MaxItems),
            Notes = notes,
            Gate = results.Gate is { } gate ? Gate(gate) : null,
        };
    }

    private static TrendsDiffItem Item(BaselineEntry entry, string failedConditions) => new()
    {
        RuleId = entry.RuleId,
        Impact = ReportText.ImpactKey(entry.Impact),
        ImpactLabel = ReportText.ImpactLabel(entry.Impact),
        Help = entry.Help,
        Page = entry.Url ?? entry.Page,
        PageIsUrl = entry.Url is not null,
        Selector = entry.Target ?? entry.Selector,
        Count = entry.Count,
        FailedConditions = failedConditions,
    };

    private static TrendsGate Gate(GateResult gate) => new()
    {
        Verdict = gate.BaselineUpdated ? "recorded" : gate.Verdict.ToString().ToLowerInvariant(),
        Label = GateLabel(gate.Verdict, gate.BaselineUpdated),
        Policy = gate.Policy,
        OtherFailures = gate.Failures.Where(f => f.Finding is null).Select(f => f.Message).ToList(),
        Problem = gate.Problem,
    };

    private static string GateLabel(GateVerdict? verdict, bool recorded) => verdict switch
    {
        GateVerdict.Passed when recorded => "Recorded",
        GateVerdict.Passed => "Passed",
        GateVerdict.Failed => "Failed",
        GateVerdict.Error => "Not judged",
        _ => "–",
    };

    private static TrendsRun Run(HistoryEntry entry, bool current) => new()
    {
        Date = ReportText.Time(entry.Date),
        Rating = entry.Rating?.Label() ?? "–",
        PagesScanned = entry.PagesScanned,
        Findings = entry.Findings,
        Elements = entry.Elements,
        NeedsReview = entry.NeedsReview,
        New = entry.New?.ToString(CultureInfo.InvariantCulture) ?? "–",
        Fixed = entry.Fixed?.ToString(CultureInfo.InvariantCulture) ?? "–",
        // A history line does not say whether it recorded the baseline; a passed run is shown as passed.
        Gate = GateLabel(entry.Gate, recorded: false),
        IsCurrent = current,
    };

    private static List<TrendsGroupRow> GroupRows(List<HistoryEntry> history, Dictionary<string, string> names)
    {
        // Groups in the latest run's order (catalogue order); a group missing from an older run had no risk then.
        return history[^1].Groups.Select(group =>
        {
            var values = history.Select(h => h.Groups.FirstOrDefault(g => g.GroupId == group.GroupId)?.Risk ?? 0).ToList();
            var change = values[^1] - values[^2];
            return new TrendsGroupRow
            {
                GroupName = names.GetValueOrDefault(group.GroupId, group.GroupId),
                First = Percent(values[0]),
                Now = Percent(values[^1]),
                Change = Math.Abs(change) < 0.005 ? "no change" : (change > 0 ? "+" : "−") + Math.Round(Math.Abs(change) * 100).ToString("0", CultureInfo.InvariantCulture) + " points",
                Direction = Math.Abs(change) < 0.005 ? "same" : change > 0 ? "up" : "down",
                Sparkline = TrendsChartBuilder.Sparkline(values),
            };
        }).ToList();
    }

    private static TrendsChart FindingsChart(List<HistoryEntry> history)
    {
        var dates = history.Select(h => h.Date.ToString("d MMM", English)).ToList();
        var series = new List<(string, string, string, IReadOnlyList<int>)>
        {
            ("Confirmed problems", "#005eb8", "", history.Select(h => h.Findings).ToList()),
            ("Needs review", "#7c2855", "6 4", history.Select(h => h.NeedsReview).ToList()),
        };
        if (history.Any(h => h.New is > 0))
        {
            series.Add(("New since baseline", "#d5281b", "2 3", history.Select(h => h.New ?? 0).ToList()));
        }

        return TrendsChartBuilder.Lines(dates, series,
            $"Findings over the last {history.Count} runs, from {dates[0]} to {dates[^1]}: confirmed problems went from {history[0].Findings} to {history[^1].Findings}; the table below has every value.");
    }

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);
}
