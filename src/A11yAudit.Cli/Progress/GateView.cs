using System.Globalization;
using A11yAudit.Core.Baselines;
using A11yAudit.Core.Gate;
using A11yAudit.Core.Results;
using Spectre.Console;

namespace A11yAudit.Cli.Progress;

/// <summary>The diff against the baseline and the gate's verdict, on the console; each failing finding by rule, page and selector.</summary>
internal static class GateView
{
    public const int Listed = 20;

    public static void Write(IAnsiConsole console, AuditResults results)
    {
        if (results.Baseline is { } baseline)
        {
            Diff(console, results, baseline);
        }

        if (results.Gate is { } gate)
        {
            Verdict(console, gate);
        }
    }

    private static void Diff(IAnsiConsole console, AuditResults results, BaselineComparison baseline)
    {
        var since = baseline.Created is { } created ? $" (recorded {created.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : " (none yet)";
        console.MarkupLine($"[bold]Baseline[/] {Markup.Escape(baseline.File + since)}: [bold]{baseline.New} new[/], {baseline.Fixed} fixed, {baseline.StillPresent} still present"
            + (baseline.NotRechecked > 0 ? $", {baseline.NotRechecked} not rechecked" : ""));
        Entries(console, "NEW  ", "red", baseline.NewFindings);
        Entries(console, "FIXED", "green", baseline.FixedFindings);
        if (baseline.Fixed > 0 && !baseline.Updated)
        {
            console.MarkupLine("  [green]" + Markup.Escape(BaselineAdvice.Tighten(baseline.Fixed)) + "[/]");
        }

        if (baseline.NotRechecked > 0)
        {
            console.MarkupLine("  [yellow]" + Markup.Escape(BaselineAdvice.NotRechecked(baseline.NotRechecked)) + "[/]");
        }

        if (baseline.Created is not null && baseline.BaselineAxeVersion != results.Tool.AxeVersion)
        {
            console.MarkupLine("  [yellow]" + Markup.Escape(BaselineAdvice.OtherAxeVersion(baseline.BaselineAxeVersion, results.Tool.AxeVersion)) + "[/]");
        }
    }

    private static void Entries(IAnsiConsole console, string label, string colour, IReadOnlyList<BaselineEntry> entries)
    {
        foreach (var entry in entries.Take(Listed))
        {
            var impact = entry.Impact?.ToString().ToLowerInvariant() ?? "unrated";
            var count = entry.Count > 1 ? $" ×{entry.Count}" : "";
            console.MarkupLine($"  [{colour}]{label}[/] {Markup.Escape($"{impact} {entry.Describe()}{count}: {entry.Help}")}");
        }

        if (entries.Count > Listed)
        {
            console.MarkupLine($"  [grey]… and {entries.Count - Listed} more in results.json and summary.md[/]");
        }
    }

    private static void Verdict(IAnsiConsole console, GateResult gate)
    {
        switch (gate.Verdict)
        {
            case GateVerdict.Passed when gate.BaselineUpdated:
                console.MarkupLine("[bold]Gate:[/] not applied (this run records the baseline)");
                break;
            case GateVerdict.Passed:
                console.MarkupLine($"[bold green]Gate: passed[/] [grey](fails on {Markup.Escape(string.Join("; ", gate.Policy))})[/]");
                break;
            case GateVerdict.Failed:
                console.MarkupLine($"[bold red]Gate: FAILED[/] [grey](fails on {Markup.Escape(string.Join("; ", gate.Policy))})[/]");
                foreach (var failure in gate.Failures)
                {
                    console.MarkupLine($"  [red]✗[/] {Markup.Escape(failure.Message)} [grey]({Markup.Escape(string.Join(", ", failure.Conditions))})[/]");
                }

                break;
            default:
                console.MarkupLine("[bold yellow]Gate: not judged[/] " + Markup.Escape(gate.Problem ?? ""));
                break;
        }
    }
}
