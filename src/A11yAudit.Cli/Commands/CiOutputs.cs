using A11yAudit.Core.Results;
using Spectre.Console;
using A11yAudit.Reports.JUnit;
using A11yAudit.Reports.Markdown;
using A11yAudit.Reports.Sarif;

namespace A11yAudit.Cli.Commands;

/// <summary>The machine-readable outputs written beside results.json on every run: SARIF, JUnit and the Markdown summary.</summary>
internal static class CiOutputs
{
    public static async Task WriteAsync(AuditResults results, string outputDirectory, CliEnvironment environment, CancellationToken cancellationToken)
    {
        await SarifWriter.WriteAsync(results, outputDirectory, cancellationToken).ConfigureAwait(false);
        await JUnitWriter.WriteAsync(results, outputDirectory, cancellationToken).ConfigureAwait(false);
        await MarkdownSummaryWriter.WriteAsync(results, outputDirectory, cancellationToken).ConfigureAwait(false);
        environment.Console.WriteLine($"CI:      {SarifWriter.FileName}, {JUnitWriter.FileName}, {MarkdownSummaryWriter.FileName} in {outputDirectory}");
    }
}
