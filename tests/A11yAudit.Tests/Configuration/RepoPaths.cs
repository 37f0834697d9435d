namespace A11yAudit.Tests.Configuration;

/// <summary>Finds the checked-out repository from the test output folder.</summary>
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

    public static string AuditTargets => Path.Combine(Root, "audit-targets");
}
