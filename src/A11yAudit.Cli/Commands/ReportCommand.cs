using System.CommandLine;
using A11yAudit.Cli.Configuration;
using A11yAudit.Core.Results;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>`a11yaudit report RESULTS --out DIR`: re-render the report from results.json without crawling again.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var results = new Argument<string>("results") { Description = "A results.json written by 'a11yaudit audit'." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for index.html (default: the folder of the results file).", HelpName = "dir" };
        var templates = new Option<string?>(CliOverrides.TemplatesOption) { Description = "Report templates folder (default: the bundled report-templates).", HelpName = "dir" };
        var command = new Command("report", "Render the HTML report from an existing results.json (restyle or re-render without re-crawling).") { results, output, templates };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetValue(results)!, environment.CurrentDirectory);
            if (!File.Exists(path))
            {
                await environment.Error.WriteLineAsync($"error: results file not found: {path}").ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }

            var templatesDir = parse.GetValue(templates) is { } t ? Path.GetFullPath(t, environment.CurrentDirectory) : null;
            if (templatesDir is not null && !Directory.Exists(templatesDir))
            {
                await environment.Error.WriteLineAsync($"error: option {CliOverrides.TemplatesOption}: folder not found: {templatesDir}").ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }

            // The pages are read into a store spilling to the output folder, deleted when the report is written.
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? Path.GetDirectoryName(path)!, environment.CurrentDirectory);
            using var stores = new PageStores();
            AuditResults audit;
            try
            {
                audit = stores.Own(await ResultsFile.ReadAsync(path, outDir, cancellationToken).ConfigureAwait(false));
            }
            catch (InvalidDataException ex)
            {
                await environment.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.BadInputOrToolFailure;
            }

            var report = await ReportWriter.WriteAsync(audit, outDir, templatesDir, environment.Error, Path.GetDirectoryName(path)).ConfigureAwait(false);
            if (report is null)
            {
                return ExitCodes.BadInputOrToolFailure;
            }

            environment.Console.WriteLine($"Report: {report}");
            return ExitCodes.Success;
        });
        return command;
    }
}
