using System.Text.RegularExpressions;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Html;
using A11yAudit.Reports.Model;

namespace A11yAudit.Tests.Reports;

/// <summary>Everything from a page is hostile: the report must show it, never run it.</summary>
[TestFixture]
public sealed partial class HtmlEscapingTests
{
    private static string _hostileHtml = "";

    [OneTimeSetUp]
    public async Task RenderHostileAudit()
    {
        var results = await ResultsFile.ReadAsync(Path.Join(RepoPaths.GoldenOutput, "hostile.results.json"));
        using var output = new TempDirectory();
        var path = await new HtmlReportRenderer(RepoPaths.Templates).RenderAsync(results, output.Path);
        _hostileHtml = await File.ReadAllTextAsync(path);
    }

    [Test]
    public void No_script_element_survives() =>
        Assert.That(_hostileHtml, Does.Not.Contain("<script").IgnoreCase);

    [Test]
    public void No_injected_element_survives()
    {
        Assert.That(_hostileHtml, Does.Not.Contain("<img").IgnoreCase);
        Assert.That(_hostileHtml, Does.Not.Contain("<svg onload").IgnoreCase);
        Assert.That(_hostileHtml, Does.Not.Contain("<b onmouseover").IgnoreCase);
    }

    [Test]
    public void No_tag_carries_an_event_handler_attribute() =>
        Assert.That(EventHandlerInTag().Matches(_hostileHtml).Select(m => m.Value), Is.Empty);

    [Test]
    public void No_href_uses_a_script_or_data_scheme()
    {
        var hrefs = Href().Matches(_hostileHtml).Select(m => m.Groups["url"].Value).ToList();

        Assert.That(hrefs, Is.Not.Empty);
        Assert.That(hrefs, Has.None.Match("^\\s*(javascript|vbscript|data):").IgnoreCase);
        Assert.That(_hostileHtml, Does.Not.Match("href=\"\\s*javascript:").IgnoreCase);
    }

    [Test]
    public void Hostile_values_appear_in_escaped_form()
    {
        Assert.Multiple(() =>
        {
            // Title and target name.
            Assert.That(_hostileHtml, Does.Contain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"));
            Assert.That(_hostileHtml, Does.Contain("Hostile site &lt;/title&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"));
            // Snippet.
            Assert.That(_hostileHtml, Does.Contain("<pre><code>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</code></pre>"));
            // Selector.
            Assert.That(_hostileHtml, Does.Contain("<code>&lt;/code&gt;&lt;script&gt;alert(&#39;selector&#39;)&lt;/script&gt;</code>"));
            // Help text.
            Assert.That(_hostileHtml, Does.Contain("&lt;b onmouseover=alert(&#39;help&#39;)&gt;Help&lt;/b&gt;"));
            // The javascript: page URL is shown as text but linked to "#".
            Assert.That(_hostileHtml, Does.Contain("<a href=\"#\" class=\"url\" rel=\"noreferrer\">javascript:alert(&#39;page&#39;)</a>"));
        });
    }

    [Test]
    public void Template_syntax_in_page_data_is_shown_not_run()
    {
        Assert.That(_hostileHtml, Does.Contain("{{ product_name }}"));
        Assert.That(_hostileHtml, Does.Contain("{{ for x in (1..3) }}loop{{ end }}"));
        Assert.That(_hostileHtml, Does.Not.Contain("looploop"));
    }

    [Test]
    public void Control_characters_are_replaced()
    {
        // Char checks: a culture-aware substring search treats NUL as ignorable and finds it everywhere.
        Assert.That(_hostileHtml.Contains('\0', StringComparison.Ordinal), Is.False);
        Assert.That(_hostileHtml.Contains('\uFFFD', StringComparison.Ordinal), Is.True);
    }

    [Test]
    public void Every_output_is_escaped_by_default_including_in_attributes()
    {
        using var folder = new TemplateFolder("<p title=\"{{ target.name }}\">{{ target.name }}</p><p title='{{ target.name }}'></p>");
        var model = Model(name: "\"'<>&");

        var html = folder.Render(model);

        Assert.That(html, Is.EqualTo(
            "<p title=\"&quot;&#39;&lt;&gt;&amp;\">&quot;&#39;&lt;&gt;&amp;</p><p title='&quot;&#39;&lt;&gt;&amp;'></p>"));
    }

    [Test]
    public void Raw_writes_template_markup_unescaped()
    {
        using var folder = new TemplateFolder("{{ \"<br>\" | raw }}|{{ raw \"<hr>\" }}|{{ \"<i>\" }}");

        Assert.That(folder.Render(), Is.EqualTo("<br>|<hr>|&lt;i&gt;"));
    }

    [Test]
    public void Included_output_is_not_escaped_twice()
    {
        using var folder = new TemplateFolder("<div>{{ include \"partials/p.sbn\" }}</div>");
        folder.Write("partials/p.sbn", "<p>{{ target.name }}</p>");

        Assert.That(folder.Render(Model(name: "<x>")), Is.EqualTo("<div><p>&lt;x&gt;</p></div>"));
    }

    [Test]
    public void Captured_output_is_not_escaped_twice()
    {
        using var folder = new TemplateFolder("{{ capture block }}<b>{{ target.name }}</b>{{ end }}{{ block }}");

        Assert.That(folder.Render(Model(name: "<x>")), Is.EqualTo("<b>&lt;x&gt;</b>"));
    }

    [Test]
    public void Template_functions_escape_their_values()
    {
        using var folder = new TemplateFolder("{{ func show(v) }}<em>{{ v }}</em>{{ end }}{{ show target.name }}");

        Assert.That(folder.Render(Model(name: "<x>")), Is.EqualTo("<em>&lt;x&gt;</em>"));
    }

    [Test]
    public void Html_escape_escapes_once()
    {
        using var folder = new TemplateFolder("{{ target.name | html.escape }}");

        Assert.That(folder.Render(Model(name: "<x>&")), Is.EqualTo("&lt;x&gt;&amp;"));
    }

    [Test]
    public void String_functions_return_plain_strings_that_are_escaped()
    {
        using var folder = new TemplateFolder("{{ target.name | string.upcase }}|{{ (raw \"<b>\") + target.name }}");

        // Concatenating with raw markup yields a plain string: escaped, the safe direction.
        Assert.That(folder.Render(Model(name: "<x>")), Is.EqualTo("&lt;X&gt;|&lt;b&gt;&lt;x&gt;"));
    }

    [Test]
    public void Safe_url_blocks_script_urls_and_the_result_is_still_escaped()
    {
        using var folder = new TemplateFolder("<a href=\"{{ safe_url target.name }}\">x</a>");

        Assert.That(folder.Render(Model(name: "javascript:alert(1)")), Is.EqualTo("<a href=\"#\">x</a>"));
        Assert.That(folder.Render(Model(name: "https://e.test/?a=1&b=\"2\"")), Is.EqualTo("<a href=\"https://e.test/?a=1&amp;b=&quot;2&quot;\">x</a>"));
    }

    [Test]
    public void Svg_bar_is_trusted_markup_sized_by_attributes()
    {
        using var folder = new TemplateFolder("{{ svg_bar 1 4 \"critical\" }}|{{ svg_bar 0 0 }}");

        var html = folder.Render();

        Assert.That(html, Does.Contain("<rect class=\"bar__fill bar__fill--critical\" width=\"25\" height=\"10\"></rect>"));
        Assert.That(html, Does.Contain("aria-hidden=\"true\""));
        Assert.That(html, Does.Contain("<rect class=\"bar__fill\" width=\"0\" height=\"10\"></rect>"));
        Assert.That(html, Does.Not.Contain("style="));
    }

    [Test]
    public void Svg_bar_variant_cannot_break_out_of_its_attribute()
    {
        using var folder = new TemplateFolder("{{ svg_bar 1 1 target.name }}");

        var html = folder.Render(Model(name: "x\" onload=\"alert(1)"));

        Assert.That(html, Does.Contain("bar__fill--x-onload-alert-1"));
        Assert.That(html, Does.Not.Contain("onload=\""));
    }

    [Test]
    public void Plural_formats_counts()
    {
        using var folder = new TemplateFolder("{{ plural 1 \"page\" }}|{{ plural 1500 \"page\" }}|{{ plural 2 \"child\" \"children\" }}");

        Assert.That(folder.Render(), Is.EqualTo("1 page|1,500 pages|2 children"));
    }

    private static ReportModel Model(string name) =>
        ReportModelBuilder.Build(TestAudits.Results() with { Target = new A11yAudit.Core.Results.AuditTarget { Name = name } });

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-zA-Z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerInTag();

    [GeneratedRegex("href\\s*=\\s*\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
