using System.CommandLine;
using System.Text.Json;
using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Axe;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>`a11yaudit rules [--json]`: every check with the groups it affects, severities and rationale.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Write the list as JSON (for tools) instead of a table." };
        var command = new Command("rules", "List every check (axe-core rules and A11yAudit's own) with the groups of people it affects, how badly, and why.") { json };
        command.SetAction(parse =>
        {
            var rules = Describe();
            if (parse.GetValue(json))
            {
                environment.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rules, ResultsJson.Options));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{rules.Count} checks[/] (axe-core {Markup.Escape(AxeScript.Version)} and A11yAudit)");
            table.AddColumn("Check");
            table.AddColumn("Source");
            table.AddColumn("Groups (severity)");
            table.AddColumn("Why");
            foreach (var rule in rules)
            {
                var groups = string.Join(", ", rule.Groups.Select(g => $"{g.GroupName} ({g.Severity.ToString().ToLowerInvariant()})"));
                table.AddRow(Markup.Escape(rule.RuleId), rule.Source, Markup.Escape(groups), Markup.Escape(rule.Rationale + (rule.IsFallback ? " [fallback mapping]" : string.Empty)));
            }

            environment.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The bundled axe rules plus our own checks, each resolved through the barrier map.</summary>
    internal static IReadOnlyList<Core.Exclusion.Barriers.RuleDescription> Describe()
    {
        var own = CheckRegistry.All.Select(c => new RuleInfo { Id = c.Id, Source = "a11yaudit", Help = c.Help, WcagCriteria = c.WcagCriteria });
        return ExclusionModel.LoadDefault().DescribeRules(own);
    }
}
