using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using A11yAudit.Core.Fingerprints;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Ci;

namespace A11yAudit.Reports.Sarif;

/// <summary>
/// Writes results.sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (docs/ci.md, "SARIF").
/// One result per affected element, with the page as its location, the selector as a logical location,
/// the HTML as the snippet, the fingerprint in partialFingerprints and, with a baseline, baselineState.
/// Needs-review items are results of kind "review".
/// </summary>
public static class SarifWriter
{
    public const string FileName = "results.sarif";

    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>axe trims snippets already; this only stops a hostile page bloating the file.</summary>
    public const int MaxSnippetLength = 4000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<string> WriteAsync(AuditResults results, string outputDirectory, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(Path.Join(outputDirectory, FileName));
        Directory.CreateDirectory(outputDirectory);
        await File.WriteAllTextAsync(path, Build(results).ToJsonString(Indented) + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return path;
    }

    public static JsonObject Build(AuditResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        // Crawl order varies; sort so the same site gives the same file.
        var pages = results.Pages.OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.Viewport ?? "", StringComparer.Ordinal).ToList();
        var scanned = pages.Where(p => p.WasScanned).ToList();
        var rules = new SarifRules(scanned.SelectMany(p => p.Findings), results.Rules);
        var locations = new SarifLocations(pages.Select(p => p.Url), results.Target.StartUrls);
        var marks = BaselineMarks.From(results);

        var resultArray = new JsonArray();
        foreach (var page in scanned)
        {
            foreach (var finding in page.Findings.OrderBy(f => SarifRules.IdOf(f.Source, f.RuleId), StringComparer.Ordinal).ThenBy(f => f.Outcome))
            {
                foreach (var node in finding.Nodes)
                {
                    resultArray.Add(Result(page, finding, node, rules, locations, marks));
                }
            }
        }

        // No automationDetails: code scanning's upload would keep an id found in the file over the workflow's
        // own `category`, so two audited targets would overwrite each other's alerts.
        var run = new JsonObject { ["tool"] = Tool(results, rules) };
        if (locations.BaseIds() is { } baseIds)
        {
            run["originalUriBaseIds"] = baseIds;
        }

        run["invocations"] = new JsonArray(Invocation(results, pages, locations));
        run["results"] = resultArray;
        run["columnKind"] = "utf16CodeUnits";
        run["properties"] = RunProperties(results);

        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
    }

    private static JsonObject Tool(AuditResults results, SarifRules rules)
    {
        var driver = new JsonObject
        {
            ["name"] = results.Tool.Name,
            ["version"] = results.Tool.Version,
            ["semanticVersion"] = results.Tool.Version,
            ["rules"] = rules.Array,
        };
        var tool = new JsonObject { ["driver"] = driver };
        if (!string.IsNullOrEmpty(results.Tool.AxeVersion))
        {
            tool["extensions"] = new JsonArray(new JsonObject
            {
                ["name"] = "axe-core",
                ["version"] = results.Tool.AxeVersion,
                ["informationUri"] = "https://github.com/dequelabs/axe-core",
            });
        }

        return tool;
    }

    private static JsonObject Result(PageResult page, Finding finding, FindingNode node, SarifRules rules, SarifLocations locations, BaselineMarks marks)
    {
        var review = finding.Outcome == FindingOutcome.NeedsReview;
        var impact = node.Impact ?? finding.Impact;
        var help = string.IsNullOrWhiteSpace(finding.Help) ? finding.RuleId : finding.Help;
        var selector = node.Target.Display;
        var message = $"{(review ? "Needs review: " : "")}{help}. Element {selector} on {PageLabel.Of(page.Url)}.";
        if (!string.IsNullOrWhiteSpace(node.FailureSummary))
        {
            message += "\n" + node.FailureSummary;
        }

        var region = new JsonObject
        {
            // The page has no source line the element is known to come from; line 1 keeps viewers that need one happy.
            ["startLine"] = 1,
        };
        if (!string.IsNullOrEmpty(node.Html))
        {
            region["snippet"] = new JsonObject { ["text"] = node.Html.Length > MaxSnippetLength ? node.Html[..MaxSnippetLength] + "…" : node.Html };
        }

        var result = new JsonObject
        {
            ["ruleId"] = SarifRules.IdOf(finding.Source, finding.RuleId),
            ["ruleIndex"] = rules.IndexOf(finding),
            // SARIF: a result that is not a failure has level "none".
            ["kind"] = review ? "review" : "fail",
            ["level"] = review ? "none" : SarifLevel.Of(impact),
            ["message"] = new JsonObject { ["text"] = message },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject { ["artifactLocation"] = locations.ArtifactLocation(page.Url), ["region"] = region },
                ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = selector, ["kind"] = "element" }),
            }),
        };
        if (node.Fingerprint is { } fingerprint)
        {
            result["partialFingerprints"] = new JsonObject { [FindingIdentity.Version] = fingerprint };
        }

        if (marks.StateOf(finding.Outcome, node.Fingerprint) is { } state)
        {
            result["baselineState"] = state;
        }

        var properties = new JsonObject
        {
            ["impact"] = impact?.ToString().ToLowerInvariant(),
            ["page"] = page.Url,
        };
        if (finding.WcagCriteria.Count > 0)
        {
            properties["wcag"] = new JsonArray(finding.WcagCriteria.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
        }

        if ((finding.Viewport ?? page.Viewport) is { } viewport)
        {
            properties["viewport"] = viewport;
        }

        result["properties"] = properties;
        return result;
    }

    /// <summary>Whether the run finished, and a notification for every page that could not be scanned.</summary>
    private static JsonObject Invocation(AuditResults results, IReadOnlyList<PageResult> pages, SarifLocations locations)
    {
        var notifications = new JsonArray();
        foreach (var page in pages.Where(p => !p.WasScanned && p.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed or PageOutcome.HttpError))
        {
            notifications.Add(new JsonObject
            {
                ["level"] = "warning",
                ["message"] = new JsonObject { ["text"] = $"{PageLabel.Of(page.Url)} was not scanned: {page.Reason ?? page.Outcome.ToString()}" },
                ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = locations.ArtifactLocation(page.Url) } }),
            });
        }

        var invocation = new JsonObject
        {
            ["executionSuccessful"] = !results.Incomplete,
            ["startTimeUtc"] = Utc(results.StartedAt),
            ["endTimeUtc"] = Utc(results.FinishedAt),
        };
        if (notifications.Count > 0)
        {
            invocation["toolExecutionNotifications"] = notifications;
        }

        if (results.Incomplete && !string.IsNullOrWhiteSpace(results.IncompleteReason))
        {
            invocation["exitCodeDescription"] = results.IncompleteReason;
        }

        return invocation;
    }

    private static JsonObject RunProperties(AuditResults results)
    {
        var properties = new JsonObject
        {
            ["target"] = results.Target.Name,
            ["pagesScanned"] = results.Summary.PagesScanned,
        };
        if (results.Exclusion?.Rating is { } rating)
        {
            properties["rating"] = rating.Label;
        }

        if (results.Gate is { } gate)
        {
            properties["gate"] = gate.Verdict.ToString().ToLowerInvariant();
        }

        return properties;
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
