namespace A11yAudit.IntegrationTests.Support;

/// <summary>Locates the repository and the test fixtures from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "A11yAudit.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("A11yAudit.sln not found above the test folder.");
        }
    }

    /// <summary>The bundled demo site's folder (audit-targets/demo), as served by the demo target.</summary>
    public static string DemoSite => Path.Combine(Root, "audit-targets", "demo");

    public static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name);

    public static string NewTempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "a11yaudit-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
