using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Wcag;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Axe;

/// <summary>Every axe rule of the bundled version, read from axe.getRules() in a loaded page.</summary>
public static class AxeRuleCatalogue
{
    private const string Script = "() => window.axe ? JSON.stringify(window.axe.getRules()) : null";

    public static async Task<IReadOnlyList<RuleInfo>> ReadAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var json = await page.EvaluateAsync<string?>(Script).ConfigureAwait(false);
        return json is null ? [] : Parse(json);
    }

    public static IReadOnlyList<RuleInfo> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var rules = new List<RuleInfo>();
        foreach (var rule in doc.RootElement.EnumerateArray())
        {
            var tags = rule.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToList()
                : [];
            rules.Add(new RuleInfo
            {
                Id = rule.GetProperty("ruleId").GetString() ?? "unknown",
                Source = AxeResultMapper.Source,
                Description = rule.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty,
                Help = rule.TryGetProperty("help", out var h) ? h.GetString() ?? string.Empty : string.Empty,
                HelpUrl = rule.TryGetProperty("helpUrl", out var u) ? u.GetString() : null,
                Tags = tags,
                Category = WcagTags.Category(tags),
                WcagCriteria = WcagTags.Criteria(tags),
            });
        }

        return rules;
    }
}
