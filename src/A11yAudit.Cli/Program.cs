namespace A11yAudit.Cli;

internal static class Program
{
    // Replaced by the System.CommandLine composition root.
    public static int Main() => 0;
}
