using System.Text.RegularExpressions;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Wcag;

/// <summary>Reads axe-core tags: success criteria ("wcag143" → "1.4.3") and the rule's category.</summary>
public static partial class WcagTags
{
    [GeneratedRegex("^wcag(\\d)(\\d)(\\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CriterionTag();

    private static readonly HashSet<string> LevelTags = new(StringComparer.Ordinal)
    {
        "wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag21aaa", "wcag22a", "wcag22aa", "wcag22aaa",
    };

    /// <summary>"wcag143" → "1.4.3", "wcag1410" → "1.4.10"; null for tags that are not criteria.</summary>
    public static string? ToCriterion(string tag)
    {
        if (string.IsNullOrEmpty(tag) || LevelTags.Contains(tag))
        {
            return null;
        }

        var m = CriterionTag().Match(tag);
        return m.Success ? $"{m.Groups[1].Value}.{m.Groups[2].Value}.{int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)}" : null;
    }

    public static IReadOnlyList<string> Criteria(IEnumerable<string>? tags) =>
        (tags ?? []).Select(ToCriterion).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>WCAG rules carry a level tag (wcag2a ... wcag22aa); everything else is advice or experimental.</summary>
    public static RuleCategory Category(IEnumerable<string>? tags)
    {
        var list = (tags ?? []).ToList();
        if (list.Contains("experimental", StringComparer.Ordinal))
        {
            return RuleCategory.Experimental;
        }

        return list.Any(t => LevelTags.Contains(t) && !t.EndsWith("aaa", StringComparison.Ordinal))
            ? RuleCategory.Wcag
            : RuleCategory.BestPractice;
    }
}
