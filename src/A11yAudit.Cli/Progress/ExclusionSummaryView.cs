using System.Globalization;
using A11yAudit.Core.Exclusion;
using Spectre.Console;

namespace A11yAudit.Cli.Progress;

/// <summary>The rating, its deciding reasons and the per-group risk table, on the console.</summary>
internal static class ExclusionSummaryView
{
    public const int ReasonsShown = 5;

    public static void Write(IAnsiConsole console, ExclusionAssessment exclusion)
    {
        var rating = exclusion.Rating;
        console.MarkupLine($"[bold]Rating: {Markup.Escape(rating.Label)}[/]");
        foreach (var reason in rating.Reasons.Take(ReasonsShown))
        {
            console.MarkupLine($"  • {Markup.Escape(reason.Text)}");
        }

        var more = rating.Reasons.Count - ReasonsShown + rating.OmittedReasons;
        if (more > 0)
        {
            console.MarkupLine($"  [grey]… and {more} more reason(s) in the report[/]");
        }

        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Exclusion risk by group[/] (best – worst case)");
        table.AddColumn("Group");
        table.AddColumn(new TableColumn("Risk").RightAligned());
        table.AddColumn("Worst barrier");
        table.AddColumn(new TableColumn("People (UK)").RightAligned());
        foreach (var group in exclusion.Product.Groups.OrderByDescending(g => g.Risk.Worst).ThenBy(g => g.GroupName, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(group.GroupName),
                Band(group.Risk.Best, group.Risk.Worst),
                Markup.Escape(group.Highest?.ToString().ToLowerInvariant() ?? (group.HighestUncertain is { } u ? $"{u.ToString().ToLowerInvariant()} (unconfirmed)" : "none found")),
                People(group.People.Best, group.People.Worst));
        }

        console.Write(table);
        var people = exclusion.Product.People;
        console.MarkupLine($"People likely to meet a blocking or major barrier: {Count(people.Lower)} – {Count(people.Upper)} [grey]({Markup.Escape(people.OverlapNote)})[/]");
    }

    private static string Band(double best, double worst) =>
        Math.Abs(worst - best) < 0.0005 ? Percent(best) : $"{Percent(best)} – {Percent(worst)}";

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);

    private static string People(long best, long worst) => best == worst ? Count(best) : $"{Count(best)} – {Count(worst)}";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
