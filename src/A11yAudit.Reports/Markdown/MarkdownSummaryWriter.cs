using System.Globalization;
using System.Text;
using A11yAudit.Core.Baselines;
using A11yAudit.Core.Gate;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Ci;

namespace A11yAudit.Reports.Markdown;

/// <summary>
/// Writes summary.md: the verdict, the diff against the baseline, the gate, and risk per group, in
/// GitHub-flavoured Markdown for <c>$GITHUB_STEP_SUMMARY</c> or a pull-request comment (docs/ci.md).
/// Lists are capped so the summary stays short; results.json and the report have everything.
/// </summary>
public static class MarkdownSummaryWriter
{
    public const string FileName = "summary.md";

    public const int MaxListed = 20;

    public static async Task<string> WriteAsync(AuditResults results, string outputDirectory, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(Path.Join(outputDirectory, FileName));
        Directory.CreateDirectory(outputDirectory);
        await File.WriteAllTextAsync(path, Build(results), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return path;
    }

    public static string Build(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var md = new StringBuilder();
        md.Append("## Accessibility audit: ").Append(MarkdownText.Escape(results.Target.Name)).Append("\n\n");
        Verdict(md, results);
        Totals(md, results);
        if (results.Baseline is { } baseline)
        {
            Diff(md, results, baseline);
        }

        if (results.Gate is { } gate)
        {
            Gate(md, gate, listedAbove: results.Baseline is not null);
        }

        if (results.Baseline is null)
        {
            TopIssues(md, results);
        }

        Risk(md, results);
        md.Append("<sub>").Append(MarkdownText.Escape($"{results.Tool.Name} {results.Tool.Version}"));
        if (results.Tool.AxeVersion is { } axe)
        {
            md.Append(" · axe-core ").Append(MarkdownText.Escape(axe));
        }

        md.Append(" · ").Append(MarkdownText.Escape(results.FinishedAt.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(". Automated checks find only some barriers; the report says what they cannot see.</sub>\n");
        return md.ToString();
    }

    private static void Verdict(StringBuilder md, AuditResults results)
    {
        var line = results.Gate?.Verdict switch
        {
            GateVerdict.Passed when results.Gate.BaselineUpdated => "**Baseline recorded.** The gate was not applied: this run is the new baseline.",
            GateVerdict.Passed => "**✅ Passed.** Nothing got worse.",
            GateVerdict.Failed => $"**❌ Failed.** {Plural(results.Gate.Failures.Count, "reason")} below.",
            GateVerdict.Error => "**⚠️ Not judged.** " + MarkdownText.Escape(results.Gate.Problem),
            _ => results.Incomplete ? "**⚠️ The audit did not finish.** " + MarkdownText.Escape(results.IncompleteReason) : "The audit finished (no baseline, so no gate).",
        };
        md.Append(line).Append("\n\n");
    }

    private static void Totals(StringBuilder md, AuditResults results)
    {
        var s = results.Summary;
        var rating = results.Exclusion?.Rating.Label ?? "not rated";
        md.Append("| Rating | Pages scanned | WCAG violations (rule × page) | Needs review | Best practice |\n| --- | ---: | ---: | ---: | ---: |\n")
            .Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Escape(rating)} | {s.PagesScanned} | {s.Violations} | {s.NeedsReview} | {s.BestPracticeViolations} |\n\n");
    }

    private static void Diff(StringBuilder md, AuditResults results, BaselineComparison baseline)
    {
        md.Append("### Changes since the baseline\n\n");
        if (baseline.Created is { } created)
        {
            md.Append("Baseline ").Append(MarkdownText.Code(baseline.File)).Append(", recorded ")
                .Append(created.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(".\n\n");
        }
        else
        {
            md.Append("No baseline existed at ").Append(MarkdownText.Code(baseline.File)).Append(": every finding counts as new.\n\n");
        }

        md.Append("| New | Fixed | Still present | Not rechecked |\n| ---: | ---: | ---: | ---: |\n")
            .Append(CultureInfo.InvariantCulture, $"| {baseline.New} | {baseline.Fixed} | {baseline.StillPresent} | {baseline.NotRechecked} |\n\n");

        var failing = (results.Gate?.Failures ?? []).Where(f => f.Finding is not null).ToDictionary(f => (f.Finding!.Fingerprint, f.Finding.Count), f => f.Conditions);
        List("New", md, baseline.NewFindings, e => failing.GetValueOrDefault((e.Fingerprint, e.Count)) is { } conditions ? $" — **fails the gate** ({string.Join(", ", conditions)})" : "");
        List("Fixed", md, baseline.FixedFindings, _ => "");
        if (baseline.Fixed > 0 && !baseline.Updated)
        {
            md.Append("> ").Append(MarkdownText.Escape(BaselineAdvice.Tighten(baseline.Fixed))).Append("\n\n");
        }

        if (baseline.NotRechecked > 0)
        {
            md.Append("> ").Append(MarkdownText.Escape(BaselineAdvice.NotRechecked(baseline.NotRechecked))).Append("\n\n");
        }

        if (baseline.BaselineAxeVersion is { } axe && baseline.Created is not null && axe != results.Tool.AxeVersion)
        {
            md.Append("> ").Append(MarkdownText.Escape(BaselineAdvice.OtherAxeVersion(axe, results.Tool.AxeVersion))).Append("\n\n");
        }
    }

    private static void List(string title, StringBuilder md, IReadOnlyList<BaselineEntry> entries, Func<BaselineEntry, string> suffix)
    {
        if (entries.Count == 0)
        {
            return;
        }

        md.Append("**").Append(title).Append("**\n\n");
        foreach (var e in entries.Take(MaxListed))
        {
            md.Append("- **").Append(e.Impact?.ToString().ToLowerInvariant() ?? "unrated").Append("** ")
                .Append(MarkdownText.Code(e.RuleId)).Append(" on ").Append(MarkdownText.Code(PageLabel.Of(e.Url ?? e.Page)))
                .Append(" at ").Append(MarkdownText.Code(e.Target ?? e.Selector));
            if (e.Count > 1)
            {
                md.Append(CultureInfo.InvariantCulture, $" ×{e.Count}");
            }

            if (!string.IsNullOrWhiteSpace(e.Help))
            {
                md.Append(": ").Append(MarkdownText.Escape(e.Help));
            }

            md.Append(suffix(e)).Append('\n');
        }

        if (entries.Count > MaxListed)
        {
            md.Append(CultureInfo.InvariantCulture, $"- … and {entries.Count - MaxListed} more in results.json\n");
        }

        md.Append('\n');
    }

    private static void Gate(StringBuilder md, GateResult gate, bool listedAbove)
    {
        md.Append("### Gate\n\n");
        if (gate.BaselineUpdated)
        {
            md.Append("Not applied: this run recorded the baseline.\n\n");
            return;
        }

        md.Append("Fails on: ").Append(MarkdownText.Escape(string.Join("; ", gate.Policy))).Append(".\n\n");

        // With a baseline, failing findings are marked in the list of new ones; without, this is their only list.
        var listed = gate.Failures.Where(f => f.Finding is null || !listedAbove).ToList();
        foreach (var failure in listed.Take(MaxListed))
        {
            md.Append("- ❌ ").Append(MarkdownText.Escape(failure.Message)).Append('\n');
        }

        if (listed.Count > MaxListed)
        {
            md.Append(CultureInfo.InvariantCulture, $"- … and {listed.Count - MaxListed} more in results.json\n");
        }

        var findings = gate.Failures.Count(f => f.Finding is not null);
        if (findings > 0 && listedAbove)
        {
            md.Append("- ❌ ").Append(Plural(findings, "new finding")).Append(" marked **fails the gate** above\n");
        }

        if (gate.Verdict == GateVerdict.Error)
        {
            md.Append("- ⚠️ ").Append(MarkdownText.Escape(gate.Problem)).Append('\n');
        }

        if (md[^2] != '\n')
        {
            md.Append('\n');
        }
    }

    private static void TopIssues(StringBuilder md, AuditResults results)
    {
        var top = RuleTally.Of(results.Pages.Where(p => p.WasScanned), f => f.Outcome == FindingOutcome.Violation)
            .OrderByDescending(x => x.MaxImpact ?? 0).ThenByDescending(x => x.Pages).ThenBy(x => x.RuleId, StringComparer.Ordinal)
            .Take(10)
            .ToList();
        if (top.Count == 0)
        {
            return;
        }

        md.Append("### Issues\n\n| Impact | Rule | Pages | Elements |\n| --- | --- | ---: | ---: |\n");
        foreach (var x in top)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {x.MaxImpact?.ToString().ToLowerInvariant() ?? "unrated"} | {MarkdownText.Code(x.RuleId, table: true)} {MarkdownText.Escape(x.Help)} | {x.Pages} | {x.Elements} |\n");
        }

        md.Append('\n');
    }

    private static void Risk(StringBuilder md, AuditResults results)
    {
        if (results.Exclusion is not { } exclusion)
        {
            return;
        }

        var changes = (results.Baseline?.RiskChanges ?? []).ToDictionary(c => c.GroupId, StringComparer.OrdinalIgnoreCase);
        md.Append("### Exclusion risk by group\n\n| Group | Risk (best – worst case) |").Append(changes.Count > 0 ? " Change since baseline |" : "").Append('\n')
            .Append("| --- | ---: |").Append(changes.Count > 0 ? " ---: |" : "").Append('\n');
        foreach (var group in exclusion.Product.Groups.OrderByDescending(g => g.Risk.Worst).ThenBy(g => g.GroupName, StringComparer.Ordinal))
        {
            md.Append("| ").Append(MarkdownText.Escape(group.GroupName)).Append(" | ").Append(Band(group.Risk.Best, group.Risk.Worst)).Append(" |");
            if (changes.TryGetValue(group.GroupId, out var change))
            {
                md.Append(' ').Append(Change(change.Change)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static string Band(double best, double worst) =>
        Math.Abs(worst - best) < 0.0005 ? Percent(best) : $"{Percent(best)} – {Percent(worst)}";

    private static string Change(double change) =>
        Math.Abs(change) < 0.005 ? "–" : (change > 0 ? "▲ +" : "▼ −") + Percent(Math.Abs(change)).TrimEnd('%') + " points";

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
