using System.Text;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Splits the main content of a parsed page into blocks of running text (paragraphs, list items, headings,
/// cells), each with the element it came from, and collects abbreviations explained with &lt;abbr title&gt;.
/// </summary>
internal sealed class PlainTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "select", "option", "textarea", "button", "input", "code", "pre", "kbd", "samp", "nav", "iframe", "object",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "caption", "div", "section", "article",
        "aside", "header", "footer", "main", "form", "fieldset", "legend", "label", "summary", "details", "ul", "ol", "dl", "table", "thead", "tbody",
        "tfoot", "tr", "address", "figure", "hr", "br",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    public List<TextBlock> TextBlocks { get; } = [];

    public HashSet<string> ExplainedAbbreviations { get; } = new(StringComparer.Ordinal);

    /// <summary>The page's main landmark: &lt;main&gt;, then role="main", then the body.</summary>
    public static HtmlNode? MainOf(HtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var elements = document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        return elements.FirstOrDefault(n => n.Name == "main" && !IsHidden(n))
            ?? elements.FirstOrDefault(n => n.GetAttributeValue("role", string.Empty) == "main" && !IsHidden(n))
            ?? elements.FirstOrDefault(n => n.Name == "body");
    }

    public static PlainTextExtractor Extract(HtmlNode root)
    {
        var extractor = new PlainTextExtractor();
        extractor.Walk(root, root, new StringBuilder());
        return extractor;
    }

    private static bool IsHidden(HtmlNode node) =>
        node.Attributes["hidden"] is not null || node.GetAttributeValue("aria-hidden", string.Empty) == "true";

    /// <summary>Appends inline text to the current block's buffer; a nested block starts a buffer of its own.</summary>
    private void Walk(HtmlNode node, HtmlNode block, StringBuilder buffer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text)
            {
                buffer.Append(HtmlEntity.DeEntitize(child.InnerText));
                continue;
            }

            if (child.NodeType != HtmlNodeType.Element || Skipped.Contains(child.Name) || IsHidden(child))
            {
                continue;
            }

            if (child.Name == "abbr" && child.GetAttributeValue("title", string.Empty).Trim().Length > 0)
            {
                ExplainedAbbreviations.Add(HtmlNodeSelector.Collapse(HtmlEntity.DeEntitize(child.InnerText)));
            }

            if (child.Name == "img")
            {
                buffer.Append(' ').Append(child.GetAttributeValue("alt", string.Empty)).Append(' ');
                continue;
            }

            if (Blocks.Contains(child.Name))
            {
                Flush(block, buffer);
                Walk(child, child, buffer);
                Flush(child, buffer);
            }
            else
            {
                Walk(child, block, buffer);
            }
        }
    }

    private void Flush(HtmlNode block, StringBuilder buffer)
    {
        var text = HtmlNodeSelector.Collapse(buffer.ToString());
        buffer.Clear();
        if (text.Length > 0)
        {
            TextBlocks.Add(new TextBlock(block, text, Headings.Contains(block.Name), block.Ancestors().Any(a => a.Name == "table") || block.Name is "td" or "th" or "caption"));
        }
    }
}

/// <summary>A run of text and the element it belongs to.</summary>
internal sealed record TextBlock(HtmlNode Element, string Text, bool IsHeading, bool InTable)
{
    /// <summary>Running prose: not a heading or table cell, and a sentence (ends in punctuation or has 6+ words), not a label.</summary>
    public bool IsProse => !IsHeading && !InTable && (Text.TrimEnd().EndsWith('.') || Text.TrimEnd().EndsWith('?') || Text.TrimEnd().EndsWith('!') || Readability.Words(Text).Count >= 6);
}
