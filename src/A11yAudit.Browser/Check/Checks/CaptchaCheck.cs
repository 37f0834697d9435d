using System.Text.RegularExpressions;
using A11yAudit.Core.Model;
using HtmlAgilityPack;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Human-verification walls (reCAPTCHA, hCaptcha, Cloudflare Turnstile, Arkose and home-made image
/// CAPTCHAs). WCAG 1.1.1 allows a CAPTCHA only with alternatives in other senses, and 3.3.8 forbids
/// cognitive tests at sign-in without another way; whether this one has them needs a person, so it is
/// needs-review. Read from the rendered HTML: widget frames, scripts, and elements named "captcha".
/// </summary>
public sealed partial class CaptchaCheck : IPageCheck
{
    private const string HelpUrl = "https://www.w3.org/TR/turingtest/";

    public string Id => "captcha";

    public string Help => "CAPTCHAs must offer an alternative that people who cannot see, read or solve the puzzle can use";

    public IReadOnlyList<string> WcagCriteria { get; } = ["1.1.1"];

    public CheckCost Cost => CheckCost.Cheap;

    public Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nodes = Find(context.Document).Select(m => OwnFinding.Node(HtmlNodeSelector.For(m.Node), HtmlNodeSelector.Markup(m.Node),
            $"A {m.Provider} human-verification check ({m.Reason}). Check that people who cannot see, hear or solve it have another way through, such as an audio option, a phone number or a different test.",
            new Dictionary<string, string> { ["provider"] = m.Provider, ["matched"] = m.Reason })).ToList();
        IReadOnlyList<Finding> findings = nodes.Count == 0 ? [] : [OwnFinding.Create(this, context.Viewport, FindingOutcome.NeedsReview, Impact.Critical,
            "The page asks people to prove they are human. Image and puzzle CAPTCHAs stop blind, low-vision, dyslexic and some older users completing the task unless there is an accessible alternative.",
            HelpUrl, nodes)];
        return Task.FromResult(findings);
    }

    internal static IReadOnlyList<(HtmlNode Node, string Provider, string Reason)> Find(HtmlDocument document)
    {
        var widgets = new List<(HtmlNode Node, string Provider, string Reason)>();
        var elements = document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        foreach (var node in elements)
        {
            if (node.Name is "script" or "link")
            {
                continue;
            }

            var reason = Reason(node);
            if (reason is null || node.Ancestors().Any(a => widgets.Any(w => w.Node == a)))
            {
                continue;
            }

            widgets.Add((node, ProviderOf(node.OuterHtml), reason));
        }

        // A script alone (reCAPTCHA v3, invisible widgets) is reported only when no widget is in the page.
        if (widgets.Count == 0 && elements.FirstOrDefault(n => n.Name == "script" && KnownService().IsMatch(n.GetAttributeValue("src", string.Empty))) is { } script)
        {
            widgets.Add((script, ProviderOf(script.GetAttributeValue("src", string.Empty)), "script " + script.GetAttributeValue("src", string.Empty)));
        }

        return widgets;
    }

    private static string? Reason(HtmlNode node)
    {
        if (node.Name == "iframe" && KnownService().IsMatch(node.GetAttributeValue("src", string.Empty)))
        {
            return "frame from " + node.GetAttributeValue("src", string.Empty);
        }

        foreach (var attribute in new[] { "class", "id", "name" })
        {
            var value = node.GetAttributeValue(attribute, string.Empty);
            if (Named().IsMatch(value))
            {
                return $"{attribute}=\"{value}\"";
            }
        }

        if (node.Name == "img" && (Named().IsMatch(node.GetAttributeValue("alt", string.Empty)) || Named().IsMatch(node.GetAttributeValue("src", string.Empty))))
        {
            return "image " + (node.GetAttributeValue("alt", string.Empty) is { Length: > 0 } alt ? $"alt=\"{alt}\"" : node.GetAttributeValue("src", string.Empty));
        }

        return null;
    }

    private static string ProviderOf(string text) => text switch
    {
        _ when text.Contains("recaptcha", StringComparison.OrdinalIgnoreCase) => "reCAPTCHA",
        _ when text.Contains("hcaptcha", StringComparison.OrdinalIgnoreCase) || text.Contains("h-captcha", StringComparison.OrdinalIgnoreCase) => "hCaptcha",
        _ when text.Contains("turnstile", StringComparison.OrdinalIgnoreCase) || text.Contains("challenges.cloudflare.com", StringComparison.OrdinalIgnoreCase) => "Cloudflare Turnstile",
        _ when text.Contains("arkoselabs", StringComparison.OrdinalIgnoreCase) || text.Contains("funcaptcha", StringComparison.OrdinalIgnoreCase) => "Arkose",
        _ when text.Contains("friendlycaptcha", StringComparison.OrdinalIgnoreCase) || text.Contains("frc-captcha", StringComparison.OrdinalIgnoreCase) => "Friendly Captcha",
        _ => "CAPTCHA",
    };

    [GeneratedRegex(@"recaptcha|hcaptcha\.com|challenges\.cloudflare\.com|turnstile|arkoselabs|funcaptcha|geetest|friendlycaptcha|mtcaptcha|captcha", RegexOptions.IgnoreCase)]
    private static partial Regex KnownService();

    [GeneratedRegex(@"captcha|cf-turnstile", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
