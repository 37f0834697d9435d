namespace A11yAudit.Reports.Model;

/// <summary>
/// The "non-accessible content" part of a UK public-sector accessibility statement (Public Sector Bodies
/// Accessibility Regulations 2018, GOV.UK model statement), drafted from the confirmed WCAG failures.
/// </summary>
public sealed record StatementDraft
{
    /// <summary>True when there is at least one failure to list.</summary>
    public bool HasFailures => Items.Count > 0;

    public required IReadOnlyList<StatementItem> Items { get; init; }
}

/// <summary>One non-compliance: what people cannot do, the criteria it fails, and where.</summary>
public sealed record StatementItem
{
    public required string Text { get; init; }

    public required IReadOnlyList<WcagLink> Criteria { get; init; }

    /// <summary>"This fails WCAG 2.2 success criterion 1.1.1 (Non-text Content)."</summary>
    public required string Fails { get; init; }

    /// <summary>"Found on 3 pages, including /book/step-2.html."</summary>
    public required string Where { get; init; }

    public IReadOnlyList<string> IssueHrefs { get; init; } = [];
}

internal static class StatementBuilder
{
    public static StatementDraft Build(IReadOnlyList<IssueGroup> violations, string standard)
    {
        var version = standard.Contains("2.1", StringComparison.Ordinal) ? "2.1" : "2.2";
        var items = violations
            .Where(v => v.Category == "wcag")
            .GroupBy(v => (v.Source, v.RuleId))
            .Select(rule =>
            {
                var issues = rule.ToList();
                var first = issues[0];
                var hint = RuleHints.Find(first.RuleId);
                var criteria = issues.SelectMany(i => i.Wcag).DistinctBy(w => w.Number).OrderBy(w => w.Number, Comparer<string>.Create(Wcag.WcagCriteria.Compare)).ToList();
                var pages = issues.SelectMany(i => i.Pages).Select(p => p.Url).Distinct(StringComparer.Ordinal).ToList();
                var text = hint?.Statement ?? Sentence(first.Help.Length > 0 ? first.Help : first.RuleId);
                return new StatementItem
                {
                    Text = text,
                    Criteria = criteria,
                    Fails = Fails(criteria, version),
                    Where = Where(pages),
                    IssueHrefs = issues.Select(i => "#" + i.Id).ToList(),
                };
            })
            .ToList();
        return new StatementDraft { Items = items };
    }

    private static string Fails(IReadOnlyList<WcagLink> criteria, string version)
    {
        if (criteria.Count == 0)
        {
            return $"This fails WCAG {version}.";
        }

        var named = criteria.Select(c => c.Name.Length > 0 ? $"{c.Number} ({c.Name})" : c.Number).ToList();
        var list = named.Count == 1 ? named[0] : string.Join(", ", named.Take(named.Count - 1)) + " and " + named[^1];
        return $"This fails WCAG {version} success {(criteria.Count == 1 ? "criterion" : "criteria")} {list}.";
    }

    private static string Where(IReadOnlyList<string> pages)
    {
        var shown = pages.Take(3).Select(Exclusion.EvidenceLinker.Path).ToList();
        var list = string.Join(", ", shown);
        return pages.Count switch
        {
            1 => $"Found on {list}.",
            <= 3 => $"Found on {pages.Count} pages: {list}.",
            _ => $"Found on {ReportWords.Count(pages.Count)} pages, including {list}.",
        };
    }

    private static string Sentence(string help) => help.EndsWith('.') ? help : help + ".";
}
