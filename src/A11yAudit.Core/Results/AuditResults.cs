using A11yAudit.Core.Baselines;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Gate;
using A11yAudit.Core.History;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>The whole audit as written to results.json. See docs/results-format.md.</summary>
public sealed record AuditResults
{
    /// <summary>Bumped when a reader of an older file would misread this one.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required ToolVersions Tool { get; init; }

    public required AuditTarget Target { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    public double DurationSeconds => (FinishedAt - StartedAt).TotalSeconds;

    /// <summary>True when the run stopped early (cancelled, crashed browser); pages holds what was finished.</summary>
    public bool Incomplete { get; init; }

    public string? IncompleteReason { get; init; }

    public AuditSummary Summary => AuditSummary.From(Pages);

    public IReadOnlyList<PageResult> Pages { get; init; } = [];

    public IReadOnlyList<SkippedUrl> Skipped { get; init; } = [];

    /// <summary>Every rule that ran, described once.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; init; } = [];

    /// <summary>Who is shut out, where, and how many people (docs/exclusion-risk.md); null when not assessed.</summary>
    public ExclusionAssessment? Exclusion { get; init; }

    /// <summary>This run against its baseline (docs/ci.md); null when no baseline was given.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>The CI gate's verdict; null when the run was not gated (no baseline, no --fail-on).</summary>
    public GateResult? Gate { get; init; }

    /// <summary>Earlier runs from the history file and this one, oldest first; null without --history.</summary>
    public IReadOnlyList<HistoryEntry>? History { get; init; }
}

public sealed record ToolVersions
{
    public required string Name { get; init; }
    public required string Version { get; init; }
    public string? AxeVersion { get; init; }
    public string? BrowserName { get; init; }
    public string? BrowserVersion { get; init; }
}

/// <summary>What was audited: the target's name and the scope actually applied.</summary>
public sealed record AuditTarget
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string? SourceFile { get; init; }
    public IReadOnlyList<string> StartUrls { get; init; } = [];
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public int MaxPages { get; init; }
    public int MaxDepth { get; init; }
    public string? Viewport { get; init; }
    public IReadOnlyList<string> AxeTags { get; init; } = [];
    public string Standard { get; init; } = "WCAG 2.2 AA";

    /// <summary>The target's journeys, kept so results can be re-scored (merge, report) without the target file.</summary>
    public IReadOnlyList<Options.JourneyOptions> Journeys { get; init; } = [];

    /// <summary>"K/N" when this run audited one shard of the URL list.</summary>
    public string? Shard { get; init; }
}

public sealed record AuditSummary
{
    public int PagesVisited { get; init; }
    public int PagesScanned { get; init; }
    public int PagesFailed { get; init; }
    public int Violations { get; init; }
    public int ViolationNodes { get; init; }
    public int NeedsReview { get; init; }
    public int BestPracticeViolations { get; init; }

    /// <summary>Counts in one pass, holding no page: the pages may be on disk.</summary>
    public static AuditSummary From(IReadOnlyList<PageResult> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        int scanned = 0, failed = 0, violations = 0, violationNodes = 0, needsReview = 0, bestPractice = 0;
        foreach (var page in pages)
        {
            scanned += page.WasScanned ? 1 : 0;
            failed += page.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed ? 1 : 0;
            foreach (var finding in page.Findings)
            {
                if (finding.Outcome == FindingOutcome.NeedsReview)
                {
                    needsReview++;
                }
                else if (finding.Outcome == FindingOutcome.Violation && finding.Category == RuleCategory.Wcag)
                {
                    violations++;
                    violationNodes += finding.Nodes.Count;
                }
                else if (finding.Outcome == FindingOutcome.Violation)
                {
                    bestPractice++;
                }
            }
        }

        return new AuditSummary
        {
            PagesVisited = pages.Count,
            PagesScanned = scanned,
            PagesFailed = failed,
            Violations = violations,
            ViolationNodes = violationNodes,
            NeedsReview = needsReview,
            BestPracticeViolations = bestPractice,
        };
    }
}
