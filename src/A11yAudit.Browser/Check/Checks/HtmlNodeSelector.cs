using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// The same unique-ish CSS selector as <see cref="InPageSelector"/>, for an element of the parsed HTML
/// snapshot: its id when unique, else a tag path with :nth-of-type.
/// </summary>
internal static class HtmlNodeSelector
{
    public static string For(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var parts = new List<string>();
        for (var current = node; current is { NodeType: HtmlNodeType.Element } && current.Name != "html"; current = current.ParentNode)
        {
            var id = current.GetAttributeValue("id", string.Empty);
            if (id.Length > 0 && IsUniqueId(current.OwnerDocument, id))
            {
                parts.Insert(0, "#" + EscapeIdentifier(id));
                break;
            }

            var part = current.Name;
            if (current.ParentNode is { } parent)
            {
                var same = parent.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && c.Name == current.Name).ToList();
                if (same.Count > 1)
                {
                    part += $":nth-of-type({same.IndexOf(current) + 1})";
                }
            }

            parts.Insert(0, part);
        }

        return parts.Count > 0 ? string.Join(" > ", parts) : node.Name;
    }

    public static string Snippet(HtmlNode node, int max = 300)
    {
        ArgumentNullException.ThrowIfNull(node);
        var html = node.OuterHtml;
        return html.Length > max ? html[..max] + "…" : html;
    }

    private static bool IsUniqueId(HtmlDocument document, string id) =>
        document.DocumentNode.Descendants().Count(n => n.NodeType == HtmlNodeType.Element && n.GetAttributeValue("id", string.Empty) == id) == 1;

    /// <summary>Enough of CSS.escape for ids: anything outside [A-Za-z0-9_-] or a leading digit is escaped.</summary>
    private static string EscapeIdentifier(string id)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || c > 0x7f)
            {
                if (i == 0 && char.IsAsciiDigit(c))
                {
                    sb.Append($"\\{(int)c:x} ");
                }
                else
                {
                    sb.Append(c);
                }
            }
            else
            {
                sb.Append('\\').Append(c);
            }
        }

        return sb.ToString();
    }
}
