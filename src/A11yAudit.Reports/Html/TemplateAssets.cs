namespace A11yAudit.Reports.Html;

/// <summary>
/// Copies a template folder's <c>assets/</c> (CSS, images, fonts) beside the report, so the report works
/// offline and under its Content-Security-Policy ('self' only).
/// </summary>
internal static class TemplateAssets
{
    public const string FolderName = "assets";

    public static async Task CopyAsync(RootedTemplateLoader loader, string destination, CancellationToken cancellationToken)
    {
        var source = Path.Join(loader.Root, FolderName);
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Same rule as includes: a link out of the folder could publish a private file with the report.
            var real = RealPath.Resolve(file);
            if (!RealPath.IsWithin(real, loader.Root))
            {
                throw new ReportTemplateException(
                    $"Report asset {loader.Display(file)} is a symbolic link to {real}, outside the template folder {loader.Root}.",
                    loader.Display(file), null, null);
            }

            var target = Path.Join(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var input = File.OpenRead(real);
            await using var output = File.Create(target);
            await input.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        }
    }
}
