namespace A11yAudit.Reports.Model;

/// <summary>
/// Finds the issue entry behind a piece of evidence (a rating reason, a journey cell's barrier) from its rule,
/// selector and page, so the report can link the rating to the exact element in two clicks.
/// </summary>
internal sealed class IssueIndex
{
    private readonly Dictionary<(string Rule, string Pattern, string Page), IssueGroup> _exact = [];
    private readonly Dictionary<(string Rule, string Page), IssueGroup> _byPage = [];
    private readonly Dictionary<(string Rule, string Pattern), IssueGroup> _byPattern = [];
    private readonly Dictionary<string, IssueGroup> _byRule = new(StringComparer.Ordinal);

    /// <summary>Indexes issues in preference order: earlier lists (violations) win over later ones (needs review).</summary>
    public IssueIndex(params IReadOnlyList<IssueGroup>[] lists)
    {
        foreach (var list in lists)
        {
            foreach (var issue in list)
            {
                _byPattern.TryAdd((issue.RuleId, issue.Pattern), issue);
                _byRule.TryAdd(issue.RuleId, issue);
                foreach (var page in issue.Pages)
                {
                    _exact.TryAdd((issue.RuleId, issue.Pattern, page.Url), issue);
                    _byPage.TryAdd((issue.RuleId, page.Url), issue);
                }
            }
        }
    }

    public IssueGroup? Find(string? ruleId, string? selector, string? pageUrl)
    {
        if (string.IsNullOrEmpty(ruleId))
        {
            return null;
        }

        var pattern = IssuePattern.Of(selector);
        var page = pageUrl ?? "";
        return _exact.GetValueOrDefault((ruleId, pattern, page))
            ?? _byPage.GetValueOrDefault((ruleId, page))
            ?? _byPattern.GetValueOrDefault((ruleId, pattern))
            ?? _byRule.GetValueOrDefault(ruleId);
    }
}
