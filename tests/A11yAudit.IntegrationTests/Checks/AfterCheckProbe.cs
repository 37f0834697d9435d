using A11yAudit.Browser.Check;
using A11yAudit.Core.Model;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>
/// Runs a check, then evaluates <paramref name="probeScript"/> in the same page, so a test can see that the
/// check put the page back as it found it (the page is shared with the checks that run after it).
/// </summary>
internal sealed class AfterCheckProbe(IPageCheck check, string probeScript) : IPageCheck
{
    public string? ProbeResult { get; private set; }

    public string Id => check.Id;

    public string Help => check.Help;

    public IReadOnlyList<string> WcagCriteria => check.WcagCriteria;

    public CheckCost Cost => check.Cost;

    public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        var findings = await check.RunAsync(context, cancellationToken);
        ProbeResult = await context.Page.EvaluateAsync<string>(probeScript);
        return findings;
    }
}
