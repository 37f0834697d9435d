namespace A11yAudit.Reports.Ci;

/// <summary>Creates one of the CI files in the output folder and lets its writer stream into it.</summary>
internal static class CiFile
{
    public static Task<string> WriteAsync(string outputDirectory, string fileName, Action<Stream> write)
    {
        var path = Path.GetFullPath(Path.Join(outputDirectory, fileName));
        Directory.CreateDirectory(outputDirectory);
        using (var stream = File.Create(path))
        {
            write(stream);
        }

        return Task.FromResult(path);
    }
}
