using System.Globalization;
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

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Flush to the file about this often, so the log never builds up in memory.</summary>
    private const int FlushBytes = 1 << 16;

    public static Task<string> WriteAsync(AuditResults results, string outputDirectory, CancellationToken cancellationToken = default) =>
        Ci.CiFile.WriteAsync(outputDirectory, FileName, stream => Write(results, stream, cancellationToken));

    /// <summary>The whole log as a JSON tree (for tests and tools; files are written with <see cref="WriteAsync"/>).</summary>
    public static JsonObject Build(AuditResults results)
    {
        using var stream = new MemoryStream();
        Write(results, stream, CancellationToken.None);
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }

    /// <summary>
    /// Writes the log result by result, reading the pages twice (rules and notifications first, then the
    /// results) and never holding them, so a large audit streams from disk to disk.
    /// </summary>
    private static void Write(AuditResults results, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);

        // Crawl order varies; sort so the same site gives the same file.
        var pages = PageLists.OrderBy(results.Pages, PageOrderKey.UrlThenViewport);
        var locations = new SarifLocations(PageLists.Keys(pages).Select(k => k.Url), results.Target.StartUrls);
        var rules = new SarifRules(results.Rules);
        var notifications = new JsonArray();
        var scanned = 0;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (page.WasScanned)
            {
                scanned++;
                foreach (var finding in page.Findings)
                {
                    rules.Add(finding);
                }
            }
            else if (page.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed or PageOutcome.HttpError)
            {
                notifications.Add(NotScanned(page, locations));
            }
        }

        var marks = BaselineMarks.From(results);
        using var writer = new Utf8JsonWriter(stream, Indented);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");

        // No automationDetails: code scanning's upload would keep an id found in the file over the workflow's
        // own `category`, so two audited targets would overwrite each other's alerts.
        writer.WriteStartObject();
        Property(writer, "tool", Tool(results, rules));
        if (locations.BaseIds() is { } baseIds)
        {
            Property(writer, "originalUriBaseIds", baseIds);
        }

        Property(writer, "invocations", new JsonArray(Invocation(results, notifications)));
        writer.WriteStartArray("results");
        foreach (var page in pages.Where(p => p.WasScanned))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var finding in page.Findings.OrderBy(f => SarifRules.IdOf(f.Source, f.RuleId), StringComparer.Ordinal).ThenBy(f => f.Outcome))
            {
                foreach (var node in finding.Nodes)
                {
                    Result(page, finding, node, rules, locations, marks).WriteTo(writer);
                }
            }

            if (writer.BytesPending > FlushBytes)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        Property(writer, "properties", RunProperties(results, scanned));
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.Write("\n"u8);
    }

    private static void Property(Utf8JsonWriter writer, string name, JsonNode value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
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

    private static JsonObject NotScanned(PageResult page, SarifLocations locations) => new()
    {
        ["level"] = "warning",
        ["message"] = new JsonObject { ["text"] = $"{PageLabel.Of(page.Url)} was not scanned: {page.Reason ?? page.Outcome.ToString()}" },
        ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = locations.ArtifactLocation(page.Url) } }),
    };

    /// <summary>Whether the run finished, with a notification for every page that could not be scanned.</summary>
    private static JsonObject Invocation(AuditResults results, JsonArray notifications)
    {
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

    private static JsonObject RunProperties(AuditResults results, int pagesScanned)
    {
        var properties = new JsonObject
        {
            ["target"] = results.Target.Name,
            ["pagesScanned"] = pagesScanned,
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
