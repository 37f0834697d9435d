using System.Globalization;
using System.Text;

namespace A11yAudit.Cli.Configuration;

/// <summary>Turns a target name into a folder name: "Riverside Health (demo)" → "riverside-health-demo".</summary>
internal static class Slug
{
    public static string From(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // "é" → "e": keeps folder names ASCII
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > 0 ? slug : "audit";
    }
}
