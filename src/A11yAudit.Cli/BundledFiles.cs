namespace A11yAudit.Cli;

/// <summary>
/// Files that ship with the tool (audit targets, the demo site, report templates): next to the binary when
/// installed or published, or in the repository when run from source.
/// </summary>
public static class BundledFiles
{
    public static string DemoTarget => Find(Path.Combine("audit-targets", "demo.json"));

    public static string ReportTemplates => Find("report-templates");

    private static string Find(string relative)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, relative);
        if (File.Exists(beside) || Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(Path.Combine(dir.FullName, "A11yAudit.sln")) && (File.Exists(candidate) || Directory.Exists(candidate)))
            {
                return candidate;
            }
        }

        return beside;
    }
}
