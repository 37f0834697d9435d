using System.CommandLine;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Options;
using A11yAudit.Core.Merging;
using A11yAudit.Core.Results;
using Spectre.Console;

namespace A11yAudit.Cli.Commands;

/// <summary>`a11yaudit merge DIR... --out DIR`: combine shard outputs into one results.json and report.</summary>
internal static class MergeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = new Argument<string[]>("shards") { Description = "Output folders (or results.json files) of the shards.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the merged results.json and report.", HelpName = "dir", Required = true };
        var command = new Command("merge", "Combine the outputs of sharded audits (audit --shard K/N) into one results.json and report.") { inputs, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Pages are read into stores spilling to the output folder, deleted when the merge ends.
            var outDir = Path.GetFullPath(parse.GetValue(output)!, environment.CurrentDirectory);
            using var stores = new PageStores();
            var shards = new List<AuditResults>();
            foreach (var input in parse.GetValue(inputs)!)
            {
                var path = Path.GetFullPath(input, environment.CurrentDirectory);
                if (Directory.Exists(path))
                {
                    path = Path.Combine(path, ResultsFile.FileName);
                }

                if (!File.Exists(path))
                {
                    await environment.Error.WriteLineAsync($"error: no results file at {path}").ConfigureAwait(false);
                    return ExitCodes.BadInputOrToolFailure;
                }

                try
                {
                    shards.Add(stores.Own(await ResultsFile.ReadAsync(path, outDir, cancellationToken).ConfigureAwait(false)));
                }
                catch (InvalidDataException ex)
                {
                    await environment.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                    return ExitCodes.BadInputOrToolFailure;
                }
            }

            var merged = stores.Own(ResultsMerger.Merge(shards, outDir));
            merged = merged with { Exclusion = ExclusionModel.LoadDefault().Assess(merged.Pages, merged.Target.Journeys) };
            merged = stores.Own(new Fingerprinter(ScopeOptions.DefaultIgnoredQueryParameters).Apply(merged));
            Directory.CreateDirectory(outDir);
            CopyScreenshots(parse.GetValue(inputs)!.Select(i => Path.GetFullPath(i, environment.CurrentDirectory)), outDir);
            var resultsPath = Path.Combine(outDir, ResultsFile.FileName);
            await ResultsFile.WriteAsync(merged, resultsPath, cancellationToken).ConfigureAwait(false);
            await CiOutputs.WriteAsync(merged, outDir, environment, cancellationToken).ConfigureAwait(false);
            var report = await ReportWriter.WriteAsync(merged, outDir, null, environment.Error).ConfigureAwait(false);
            environment.Console.WriteLine($"Merged {shards.Count} shard(s): {merged.Pages.Count} pages, {merged.Summary.Violations} violations.");
            environment.Console.WriteLine($"Results: {resultsPath}");
            if (report is null)
            {
                return ExitCodes.BadInputOrToolFailure;
            }

            environment.Console.WriteLine($"Report:  {report}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Screenshot paths in results are relative to each shard's folder; bring the files along.</summary>
    private static void CopyScreenshots(IEnumerable<string> inputs, string outDir)
    {
        foreach (var input in inputs)
        {
            var folder = Path.Combine(Directory.Exists(input) ? input : Path.GetDirectoryName(input)!, "screenshots");
            if (!Directory.Exists(folder) || Path.GetFullPath(folder) == Path.GetFullPath(Path.Combine(outDir, "screenshots")))
            {
                continue;
            }

            var target = Directory.CreateDirectory(Path.Combine(outDir, "screenshots")).FullName;
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }
    }
}
