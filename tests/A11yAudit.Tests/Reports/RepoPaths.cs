namespace A11yAudit.Tests.Reports;

/// <summary>Where the repository's files are, found from the test binaries by walking up to A11yAudit.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Templates => Path.Join(Root, "report-templates");

    /// <summary>The golden files in the source tree (what A11YAUDIT_UPDATE_GOLDEN rewrites).</summary>
    public static string GoldenSource => Path.Join(Root, "tests", "A11yAudit.Tests", "Golden", "Reports");

    /// <summary>The golden files copied next to the test assembly by the csproj.</summary>
    public static string GoldenOutput => Path.Join(AppContext.BaseDirectory, "Golden", "Reports");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "A11yAudit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"A11yAudit.sln not found above {TestContext.CurrentContext.TestDirectory}.");
    }
}
