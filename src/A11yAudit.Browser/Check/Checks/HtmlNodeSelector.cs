using System.Runtime.CompilerServices;
using System.Text;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// CSS selectors and short markup for nodes of the parsed HTML snapshot, for checks that read the
/// snapshot instead of the live page: the id when it is unique, else a tag path with :nth-of-type.
/// </summary>
internal static class HtmlNodeSelector
{
    /// <summary>Elements by tag and id counts, built once per parsed page: selectors are checked for uniqueness often.</summary>
    private static readonly ConditionalWeakTable<HtmlDocument, DocumentIndex> Indexes = new();

    public static string For(HtmlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var parts = new List<Step>();
        for (var current = node; current is { NodeType: HtmlNodeType.Element }; current = current.ParentNode)
        {
            var id = current.GetAttributeValue("id", string.Empty);
            if (id.Length > 0 && IsSimpleIdent(id) && CountIds(current.OwnerDocument, id) == 1)
            {
                parts.Insert(0, new Step(current.Name, null, id));
                break;
            }

            if (current.Name is "html" or "body")
            {
                parts.Insert(0, new Step(current.Name, null, null));
                break;
            }

            var sameTag = current.ParentNode?.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && c.Name == current.Name).ToList() ?? [current];

            // A class that tells the element apart from its siblings reads better than a position.
            var distinctive = Classes(current).FirstOrDefault(c => IsSimpleIdent(c) && sameTag.Count(s => Classes(s).Contains(c)) == 1);
            parts.Insert(0, distinctive is not null
                ? new Step(current.Name, null, null, distinctive)
                : new Step(current.Name, sameTag.Count > 1 ? sameTag.IndexOf(current) + 1 : null, null));

            // Stop as soon as the path names one element only, as the in-page selectors do.
            if (CountMatches(node.OwnerDocument, parts) == 1)
            {
                break;
            }
        }

        return string.Join(" > ", parts.Select(p => p.ToString()));
    }

    private static string[] Classes(HtmlNode node) =>
        node.GetAttributeValue("class", string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private sealed record Step(string Tag, int? Index, string? Id, string? Class = null)
    {
        public bool Matches(HtmlNode node)
        {
            if (Id is not null)
            {
                return node.GetAttributeValue("id", string.Empty) == Id;
            }

            if (node.Name != Tag || (Class is not null && !Classes(node).Contains(Class)))
            {
                return false;
            }

            return Index is null || node.ParentNode?.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && c.Name == Tag).ToList().IndexOf(node) + 1 == Index;
        }

        public override string ToString() => Id is not null ? "#" + Id : Class is not null ? $"{Tag}.{Class}" : Index is null ? Tag : $"{Tag}:nth-of-type({Index})";
    }

    private static int CountMatches(HtmlDocument document, List<Step> parts) =>
        Index(document).Candidates(parts[^1]).Count(n =>
        {
            var current = n;
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                if (current is not { NodeType: HtmlNodeType.Element } || !parts[i].Matches(current))
                {
                    return false;
                }

                current = current.ParentNode;
            }

            return true;
        });

    /// <summary>The element's opening markup, short (the same as <see cref="Markup"/>).</summary>
    public static string Snippet(HtmlNode node) => Markup(node);

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

    private static int CountIds(HtmlDocument document, string id) => Index(document).IdCounts.GetValueOrDefault(id);

    private static DocumentIndex Index(HtmlDocument document) => Indexes.GetValue(document, d => new DocumentIndex(d));

    private sealed class DocumentIndex
    {
        private readonly ILookup<string, HtmlNode> _byTag;
        private readonly ILookup<string, HtmlNode> _byId;

        public DocumentIndex(HtmlDocument document)
        {
            var elements = document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();
            _byTag = elements.ToLookup(n => n.Name, StringComparer.Ordinal);
            _byId = elements.Where(n => n.GetAttributeValue("id", string.Empty).Length > 0).ToLookup(n => n.GetAttributeValue("id", string.Empty), StringComparer.Ordinal);
            IdCounts = _byId.ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }

        public Dictionary<string, int> IdCounts { get; }

        public IEnumerable<HtmlNode> Candidates(Step last) => last.Id is not null ? _byId[last.Id] : _byTag[last.Tag];
    }
}
