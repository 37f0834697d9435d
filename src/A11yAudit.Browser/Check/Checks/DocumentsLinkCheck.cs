using System.Text.RegularExpressions;
using A11yAudit.Core.Model;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Links to PDF, Word, Excel, PowerPoint, OpenDocument and RTF files. Documents are often untagged, do not
/// reflow on a phone, are large to download and need another application; UK public-sector guidance is to
/// publish in HTML and, when a document is needed, to say its format and size in the link ("Appointment
/// letter (PDF, 120 KB)"). Always needs-review; best practice rather than a WCAG failure.
/// </summary>
public sealed partial class DocumentsLinkCheck : IPageCheck
{
    private const string HelpUrl = "https://www.gov.uk/guidance/publishing-accessible-documents";

    private static readonly Dictionary<string, string> FormatsByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "PDF",
        [".doc"] = "Word",
        [".docx"] = "Word",
        [".docm"] = "Word",
        [".xls"] = "Excel",
        [".xlsx"] = "Excel",
        [".xlsm"] = "Excel",
        [".ppt"] = "PowerPoint",
        [".pptx"] = "PowerPoint",
        [".pps"] = "PowerPoint",
        [".ppsx"] = "PowerPoint",
        [".odt"] = "OpenDocument text",
        [".ods"] = "OpenDocument spreadsheet",
        [".odp"] = "OpenDocument presentation",
        [".rtf"] = "RTF",
    };

    public string Id => "documents-link";

    public string Help => "Prefer HTML to document downloads; when a document is linked, say its format and size in the link";

    public IReadOnlyList<string> WcagCriteria { get; } = [];

    public CheckCost Cost => CheckCost.Cheap;

    public Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nodes = new List<FindingNode>();
        foreach (var link in context.Document.DocumentNode.Descendants().Where(n => n.Name is "a" or "area" && n.Attributes["href"] is not null))
        {
            var format = FormatOf(link.GetAttributeValue("href", string.Empty), link.GetAttributeValue("type", string.Empty), context.Url);
            if (format is null)
            {
                continue;
            }

            var label = link.GetAttributeValue("aria-label", string.Empty).Trim();
            var name = label.Length > 0 ? label : HtmlNodeSelector.Text(link);
            var saysFormat = MentionsFormat(name);
            var saysSize = SizeInText().IsMatch(name);
            var missing = (saysFormat, saysSize) switch
            {
                (false, false) => " The link text does not say it is a " + format + " file or how big it is.",
                (false, true) => " The link text does not say it is a " + format + " file.",
                (true, false) => " The link text does not say how big the file is.",
                _ => string.Empty,
            };
            nodes.Add(OwnFinding.Node(HtmlNodeSelector.For(link), HtmlNodeSelector.Markup(link),
                $"Links to a {format} document.{missing} Check whether the content can be an HTML page; documents are often hard to use with a screen reader or magnifier, on a phone, or on limited data.",
                new Dictionary<string, string>
                {
                    ["format"] = format,
                    ["href"] = link.GetAttributeValue("href", string.Empty),
                    ["name"] = name,
                    ["nameSaysFormat"] = saysFormat ? "true" : "false",
                    ["nameSaysSize"] = saysSize ? "true" : "false",
                }));
        }

        IReadOnlyList<Finding> findings = nodes.Count == 0 ? [] : [OwnFinding.Create(this, context.Viewport, FindingOutcome.NeedsReview, Impact.Moderate,
            "Documents such as PDF and Word files exclude people: they are often inaccessible, do not fit a phone screen and can be large to download. GOV.UK guidance: publish in HTML, or say the format and size in the link.",
            HelpUrl, nodes)];
        return Task.FromResult(findings);
    }

    /// <summary>The document format a link leads to, from its path's extension or its type attribute; null for pages.</summary>
    internal static string? FormatOf(string href, string type, Uri page)
    {
        if (Uri.TryCreate(page, href.Trim(), out var target) && target.Scheme is "http" or "https" or "file")
        {
            var extension = Path.GetExtension(Uri.UnescapeDataString(target.AbsolutePath));
            if (FormatsByExtension.TryGetValue(extension, out var byExtension))
            {
                return byExtension;
            }
        }

        var mime = type.Trim().ToLowerInvariant();
        return mime switch
        {
            "application/pdf" => "PDF",
            "application/msword" => "Word",
            "application/rtf" or "text/rtf" => "RTF",
            _ when mime.StartsWith("application/vnd.openxmlformats-officedocument.wordprocessingml", StringComparison.Ordinal) => "Word",
            _ when mime.StartsWith("application/vnd.openxmlformats-officedocument.spreadsheetml", StringComparison.Ordinal) || mime.StartsWith("application/vnd.ms-excel", StringComparison.Ordinal) => "Excel",
            _ when mime.StartsWith("application/vnd.openxmlformats-officedocument.presentationml", StringComparison.Ordinal) || mime.StartsWith("application/vnd.ms-powerpoint", StringComparison.Ordinal) => "PowerPoint",
            _ when mime.StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal) => "OpenDocument",
            _ => null,
        };
    }

    internal static bool MentionsFormat(string name) => FormatInText().IsMatch(name);

    [GeneratedRegex(@"\b(pdf|word|docx?|excel|xlsx?|spreadsheet|powerpoint|pptx?|slides|odt|ods|odp|opendocument|rtf)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormatInText();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:bytes|kb|mb|gb|kib|mib)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SizeInText();
}
