using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace A11yAudit.Reports.Html;

/// <summary>
/// The functions report templates can call: Scriban's standard library adjusted to the escaping policy, plus
/// the trusted helpers <c>raw</c>, <c>safe_url</c> and <c>svg_bar</c>. docs/reports.md describes each.
/// </summary>
internal static class TemplateBuiltins
{
    // Delegate types, not Func<>, because only they carry the optional parameters Scriban honours.
    private delegate RawHtml SvgBarFunction(double value, double max, string? variant = null);

    private delegate string PluralFunction(long count, string singular, string? plural = null);

    public static ScriptObject Create()
    {
        // A fresh object each call, so one report's changes never leak into another's.
        var builtins = TemplateContext.GetDefaultBuiltinObject();

        foreach (var name in new[] { "include", "include_join" })
        {
            if (builtins[name] is IScriptCustomFunction function)
            {
                Replace(builtins, name, new TrustedOutputFunction(function));
            }
        }

        if (builtins["html"] is ScriptObject html)
        {
            Replace(builtins, "html", WithIdempotentEscape(html));
        }

        Add(builtins, "raw", new Func<object?, RawHtml>(Raw));
        Add(builtins, "safe_url", new Func<string?, string>(SafeUrl.Sanitize));
        Add(builtins, "svg_bar", new SvgBarFunction(SvgBar));
        Add(builtins, "plural", new PluralFunction(Plural));
        return builtins;
    }

    /// <summary>"1 page", "1,500 pages": the count with thousands separators and the right noun.</summary>
    internal static string Plural(long count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " "
        + (count == 1 ? singular : string.IsNullOrEmpty(plural) ? singular + "s" : plural);

    /// <summary>
    /// Template-authored markup that must not be escaped, e.g. <c>{{ "&lt;br&gt;" | raw }}</c>. Never pass page
    /// data to it: that is the one way to undo the escaping policy.
    /// </summary>
    internal static RawHtml Raw(object? value) => value switch
    {
        null => new RawHtml(""),
        RawHtml raw => raw,
        _ => new RawHtml(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>
    /// A decorative horizontal bar (value out of max) as inline SVG. Sized by attributes, not a style
    /// attribute, so the report's Content-Security-Policy needs no 'unsafe-inline'. Hidden from assistive
    /// technology: the number beside it carries the meaning.
    /// </summary>
    internal static RawHtml SvgBar(double value, double max, string? variant = null)
    {
        var fraction = max > 0 && value > 0 ? Math.Min(1, value / max) : 0;

        // A non-zero value stays visible even beside a much larger one.
        var width = fraction > 0 ? Math.Max(1, Math.Round(fraction * 100, 1)) : 0;
        var modifier = string.IsNullOrEmpty(variant) ? "" : " bar__fill--" + Model.IssueGrouper.Slug(variant);
        return new RawHtml(
            "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect class=\"bar__track\" width=\"100\" height=\"10\"></rect>"
            + $"<rect class=\"bar__fill{modifier}\" width=\"{width.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"10\"></rect>"
            + "</svg>");
    }

    /// <summary>
    /// Output is escaped anyway, so Scriban's html.escape would escape twice ("&amp;amp;lt;"). Here it escapes
    /// once and marks the result done, so templates written with it still render correctly.
    /// </summary>
    private static ScriptObject WithIdempotentEscape(ScriptObject html)
    {
        var copy = new ScriptObject();
        foreach (var member in html.Keys)
        {
            if (member != "escape")
            {
                copy.SetValue(member, html[member], readOnly: true);
            }
        }

        Add(copy, "escape", new Func<string?, RawHtml>(text => new RawHtml(HtmlText.Encode(text))));
        return copy;
    }

    private static void Add(ScriptObject target, string name, Delegate function)
    {
        target.Import(name, function);
        target.SetReadOnly(name, true);
    }

    private static void Replace(ScriptObject target, string name, object value)
    {
        target.Remove(name);
        target.SetValue(name, value, readOnly: true);
    }
}
