namespace A11yAudit.Core.Baselines;

/// <summary>The sentences every output (console, summary.md, report) uses about the baseline, kept in one place.</summary>
public static class BaselineAdvice
{
    /// <summary>Fixed findings never fail a build; this says what to do about them.</summary>
    public static string Tighten(int fixedCount) =>
        $"{fixedCount} {(fixedCount == 1 ? "finding in the baseline is" : "findings in the baseline are")} fixed. "
        + "The baseline can be tightened: run the audit again with --update-baseline and commit the file, so they cannot come back unnoticed.";

    public static string NotRechecked(int count) =>
        $"{count} {(count == 1 ? "baseline finding is" : "baseline findings are")} on pages this run did not scan, so "
        + $"{(count == 1 ? "it was" : "they were")} neither confirmed nor counted as fixed.";

    public static string OtherAxeVersion(string? baselineAxe, string? currentAxe) =>
        $"The baseline was recorded with axe-core {baselineAxe ?? "(unknown)"} and this run used {currentAxe ?? "(unknown)"}: new findings may come from changed rules rather than from the service.";
}
