using System.Security.Cryptography;
using System.Text;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check;

/// <summary>
/// A short key for a page's template: the element skeleton of the top levels of the body (tag, id, role,
/// landmark), without text or attributes that vary per page. Pages built from the same template share it,
/// so costly checks can run on a sample of each template instead of every page.
/// </summary>
public static class TemplateSignature
{
    public const int Depth = 4;

    public static string Compute(HtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var sb = new StringBuilder();
        Append(body, 0, sb);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    private static void Append(HtmlNode node, int depth, StringBuilder sb)
    {
        sb.Append('<').Append(node.Name);
        var role = node.GetAttributeValue("role", string.Empty);
        if (role.Length > 0)
        {
            sb.Append(" role=").Append(role);
        }

        sb.Append('>');
        if (depth < Depth)
        {
            string? previous = null;
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType != HtmlNodeType.Element || child.Name is "script" or "style" or "template" or "noscript")
                {
                    continue;
                }

                // Lists of the same element (cards, rows, links) vary in length between pages of a template.
                if (child.Name == previous && child.Name is "li" or "tr" or "p" or "a" or "div" or "section" or "article" or "option")
                {
                    continue;
                }

                previous = child.Name;
                Append(child, depth + 1, sb);
            }
        }

        sb.Append("</>");
    }
}
