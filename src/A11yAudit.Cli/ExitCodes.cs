namespace A11yAudit.Cli;

/// <summary>The process exit codes, documented in the README. Scripts and CI depend on them: never renumber.</summary>
public static class ExitCodes
{
    /// <summary>The audit ran to the end (and, with a baseline, the gate passed).</summary>
    public const int Success = 0;

    /// <summary>The CI gate failed: the audit found a regression against the baseline.</summary>
    public const int GateFailed = 1;

    /// <summary>Bad input (target file, option, URL) or the tool could not run (no browser, crawl failed).</summary>
    public const int BadInputOrToolFailure = 2;
}
