using A11yAudit.Reports.Model;

namespace A11yAudit.Reports.Html;

/// <summary>
/// The screenshots a report may show: sanitised paths (see <see cref="ScreenshotPath"/>) of regular files in the
/// results folder's screenshots/ (symbolic links out of it are refused, so an edited results file cannot
/// publish a private file). When the report goes to another folder the shown files are copied along.
/// </summary>
internal sealed class ReportScreenshots
{
    private readonly string _sourceFolder;
    private readonly string? _realScreenshots;
    private readonly HashSet<string> _shown = new(StringComparer.Ordinal);

    public ReportScreenshots(string sourceDirectory)
    {
        _sourceFolder = Path.GetFullPath(sourceDirectory);
        var screenshots = Path.Join(_sourceFolder, ScreenshotPath.FolderName);
        _realScreenshots = Directory.Exists(screenshots) ? RealPath.Resolve(screenshots) : null;
    }

    /// <summary>True when the file exists inside the screenshots folder; remembered for <see cref="CopyAsync"/>.</summary>
    public bool Exists(string safePath)
    {
        if (_realScreenshots is null)
        {
            return false;
        }

        var file = Path.Join(_sourceFolder, safePath);
        if (!File.Exists(file))
        {
            return false;
        }

        var real = RealPath.Resolve(file);
        if (!RealPath.IsWithin(real, _realScreenshots))
        {
            return false;
        }

        _shown.Add(safePath);
        return true;
    }

    /// <summary>Copies every shown screenshot to the output folder unless it already is the source folder.</summary>
    public async Task CopyAsync(string outputDirectory, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(outputDirectory);
        if (_shown.Count == 0 || string.Equals(RealPath.Resolve(output), RealPath.Resolve(_sourceFolder), StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Path.Join(output, ScreenshotPath.FolderName));
        foreach (var path in _shown.Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var input = File.OpenRead(RealPath.Resolve(Path.Join(_sourceFolder, path)));
            await using var copy = File.Create(Path.Join(output, path));
            await input.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        }
    }
}
