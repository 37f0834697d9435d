using System.Text;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// CSS selectors and short markup for nodes of the parsed HTML snapshot, for checks that read the
/// snapshot instead of the live page: the id when it is unique, else a tag path with :nth-of-type.
/// </summary>
internal static class HtmlNodeSelector
{
    public static string For(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var parts = new List<string>();
        for (var current = node; current is { NodeType: HtmlNodeType.Element }; current = current.ParentNode)
        {
            var id = current.GetAttributeValue("id", string.Empty);
            if (id.Length > 0 && IsSimpleIdent(id) && CountIds(current.OwnerDocument, id) == 1)
            {
                parts.Insert(0, "#" + id);
                break;
            }

            if (current.Name is "html" or "body")
            {
                parts.Insert(0, current.Name);
                break;
            }

            var sameTag = current.ParentNode?.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && c.Name == current.Name).ToList() ?? [current];
            parts.Insert(0, sameTag.Count > 1 ? $"{current.Name}:nth-of-type({sameTag.IndexOf(current) + 1})" : current.Name);
        }

        return string.Join(" > ", parts);
    }

    public static string Markup(HtmlNode node) => OwnFinding.Truncate(node.OuterHtml);

    /// <summary>The text a reader sees in the snapshot, whitespace collapsed.</summary>
    public static string Text(HtmlNode node)
    {
        var sb = new StringBuilder();
        AppendText(node, sb);
        return Collapse(sb.ToString());
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void AppendText(HtmlNode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    sb.Append(HtmlEntity.DeEntitize(child.InnerText));
                    break;
                case HtmlNodeType.Element when child.Name is not ("script" or "style" or "noscript" or "template"):
                    if (child.Name == "img")
                    {
                        sb.Append(' ').Append(child.GetAttributeValue("alt", string.Empty)).Append(' ');
                    }

                    AppendText(child, sb);
                    break;
            }
        }
    }

    private static bool IsSimpleIdent(string id) =>
        char.IsLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static int CountIds(HtmlDocument document, string id) =>
        document.DocumentNode.Descendants().Count(n => n.NodeType == HtmlNodeType.Element && n.GetAttributeValue("id", string.Empty) == id);
}
