using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Axe;

/// <summary>
/// Runs axe-core in the page. axe is installed once per browser context as an init script, so every frame
/// already has it when the page loads; a scan is then a single in-page call, and only violations and
/// needs-review results come back in full (passes come back as rule ids).
/// </summary>
public sealed class AxeRunner(AxeOptions options)
{
    /// <summary>Shared regions already checked in this audit (null: check every region on every page).</summary>
    public SharedRegionCache? SharedRegions { get; set; }

    private static readonly Lazy<string> RunScript = new(() => AxeScript.Resource("A11yAudit.Browser.Check.Axe.SharedRegions.js"));

    private const string InjectScript = "src => { if (!window.axe) { (0, eval)(src); try { window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] }); } catch (e) {} } }";

    /// <summary>Installs axe into every future document of the context. Call once per context.</summary>
    public static Task InstallAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.AddInitScriptAsync(AxeScript.InitScript);
    }

    public object RunOptions => new
    {
        runOnly = new { type = "tag", values = Tags },
        resultTypes = new[] { "violations", "incomplete" },
        iframes = options.Iframes,
        elementRef = false,
        selectors = true,
        ancestry = false,
        xpath = false,
    };

    private object ScriptArguments(string viewport) => new
    {
        run = RunOptions,
        shared = SharedRegions is { } regions
            ? new
            {
                known = regions.Snapshot(),
                learn = true,
                minElements = SharedRegionCache.MinElements,
                // Results depend on the rules run and the viewport as well as on the region itself.
                salt = viewport + "|" + string.Join(",", Tags) + "|" + options.Iframes,
            }
            : null,
    };

    private string[] Tags => options.IncludeBestPractice
        ? options.Tags.Append("best-practice").Distinct().ToArray()
        : options.Tags.ToArray();

    /// <summary>Scans the page; falls back to injecting axe when the init script did not run (e.g. CSP-free about: pages).</summary>
    public async Task<AxeScanResult> RunAsync(IPage page, string viewport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        cancellationToken.ThrowIfCancellationRequested();
        var arguments = ScriptArguments(viewport);
        var json = await page.EvaluateAsync<string?>(RunScript.Value, arguments).ConfigureAwait(false);
        if (json is null)
        {
            foreach (var frame in page.Frames)
            {
                try
                {
                    await frame.EvaluateAsync(InjectScript, AxeScript.Text).ConfigureAwait(false);
                }
                catch (PlaywrightException)
                {
                    // A frame that navigated or detached meanwhile has nothing left to scan.
                }
            }

            json = await page.EvaluateAsync<string?>(RunScript.Value, arguments).ConfigureAwait(false)
                ?? throw new InvalidOperationException("axe-core could not be loaded into the page.");
        }

        // One parse: the cache reads what the scan learned and re-used, the mapper the findings.
        using var scan = System.Text.Json.JsonDocument.Parse(json);
        SharedRegions?.Record(scan.RootElement);
        return AxeResultMapper.Map(scan.RootElement, viewport);
    }
}

/// <summary>What one axe scan found, mapped to the tool's own records.</summary>
public sealed record AxeScanResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> PassedRules,
    IReadOnlyList<string> InapplicableRules,
    IReadOnlyList<RuleInfo> Rules,
    string? EngineVersion);
