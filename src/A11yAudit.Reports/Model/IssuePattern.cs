using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using A11yAudit.Core.Model;

namespace A11yAudit.Reports.Model;

/// <summary>
/// What makes two failing elements "the same problem": the same rule on the same element pattern. The
/// pattern is the selector with numbers and positions generalised, so "#card-12 > a" and "#card-13 > a", or
/// "li:nth-child(2) > a" and "li:nth-child(7) > a", are one pattern.
/// </summary>
internal static partial class IssuePattern
{
    public static string Of(ElementTarget target) => Of(target.Display);

    public static string Of(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return "";
        }

        var text = Positions().Replace(selector.Trim(), m => m.Groups[1].Value + "(n)");
        return Digits().Replace(text, "*");
    }

    /// <summary>A fragment id from the rule and a short hash of the pattern: the same problem keeps its link across runs.</summary>
    public static string Anchor(string outcome, string source, string ruleId, string pattern)
    {
        var prefix = outcome == "needs-review" ? "review" : "issue";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', outcome, source, ruleId, pattern)));
        return IssueGrouper.Slug($"{prefix}-{ruleId}") + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

    [GeneratedRegex(@"(:nth-(?:last-)?(?:child|of-type))\(\s*\d+\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Positions();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
