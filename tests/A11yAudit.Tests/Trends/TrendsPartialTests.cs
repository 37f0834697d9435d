using System.Globalization;
using A11yAudit.Core.Model;
using A11yAudit.Reports.Html;
using A11yAudit.Reports.Model;
using A11yAudit.Tests.Baselines;
using A11yAudit.Tests.Reports;
using Scriban;
using Scriban.Runtime;
using static A11yAudit.Tests.Baselines.CiAudits;
using static A11yAudit.Tests.Trends.TrendsAudits;

namespace A11yAudit.Tests.Trends;

/// <summary>
/// report-templates/partials/trends.sbn rendered as the report renders it (same context, builtins, loader
/// and escaping), with <c>trends</c> as the model will expose it once index.sbn includes the partial.
/// </summary>
public sealed class TrendsPartialTests
{
    private static string Render(TrendsSection? trends)
    {
        var context = new HtmlTemplateContext(TemplateBuiltins.Create()) { TemplateLoader = new RootedTemplateLoader(RepoPaths.Templates) };
        var globals = new ScriptObject();
        globals.SetValue("trends", trends, readOnly: true);
        context.PushGlobal(globals);
        return Template.Parse("{{ include \"partials/trends.sbn\" }}").Render(context);
    }

    [Test]
    public void NoTrends_RendersNothing() =>
        Assert.That(Render(null), Is.Empty);

    [Test]
    public void Diff_ShowsTheGateTheCountsAndBothLists()
    {
        var html = Render(TrendsModelBuilder.Build(Judged()));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<section id=\"trends\" aria-labelledby=\"trends-heading\">"));
            Assert.That(html, Does.Contain("<strong>CI gate: Failed.</strong>"));
            Assert.That(html, Does.Contain("<caption id=\"new-findings-caption\">New since the baseline</caption>"));
            Assert.That(html, Does.Contain("<th scope=\"row\"><code>label</code> Help for label</th>"));
            Assert.That(html, Does.Contain("Fails it (serious, blocker)"));
            Assert.That(html, Does.Contain("<caption id=\"fixed-findings-caption\">Fixed since the baseline</caption>"));
            Assert.That(html, Does.Contain("The baseline can be tightened"));
            Assert.That(html, Does.Not.Contain("Over time"), "no history given");
        });
    }

    [Test]
    public void History_DrawsTheChartSparklinesAndTable_InAnyCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var html = Render(TrendsModelBuilder.Build(WithHistory(Judged(), 4)));

            Assert.Multiple(() =>
            {
                Assert.That(html, Does.Contain("<svg viewBox=\"0 0 640 220\" width=\"100%\" role=\"img\" aria-labelledby=\"findings-chart-title\""));
                Assert.That(html, Does.Match("<polyline points=\"44,[0-9.]+ [0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+ 612,[0-9.]+\""), "coordinates use a decimal point, not a comma");
                Assert.That(html, Does.Contain("<text x=\"36\" y=\"188\" text-anchor=\"end\" font-size=\"12\" fill=\"#212b32\">0</text>"), "value axis");
                Assert.That(html, Does.Contain("text-anchor=\"middle\" font-size=\"12\" fill=\"#212b32\">5 Mar</text>"), "date axis");
                Assert.That(html, Does.Contain("<caption id=\"risk-trend-caption\">"));
                Assert.That(html, Does.Contain("<caption id=\"runs-caption\">Audits in the history, newest first (4 runs)</caption>"));
                Assert.That(html, Does.Contain("(this run)"));
                Assert.That(html, Does.Not.Contain("style="), "the report's CSP allows no style attributes");
            });
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void OneRun_SaysTrendsNeedTwo() =>
        Assert.That(Render(TrendsModelBuilder.Build(WithHistory(Judged(), 1))), Does.Contain("once the history file (<code>--history</code>) holds two runs"));

    [Test]
    public void PageData_IsEscapedAndUnsafeLinksNeutralised()
    {
        var hostile = CiRuns.Judged(
            Audit(Page("/"), Page("/book", Violation("label", Impact.Critical, Node("<script>alert(1)</script>")) with { Help = "<b>bold</b>" })),
            Audit(Page("/"), Page("/book")));
        var section = TrendsModelBuilder.Build(hostile)!;
        section = section with { Diff = section.Diff! with { NewItems = [section.Diff.NewItems[0] with { Page = "javascript:alert(1)" }] } };

        var html = Render(section);

        Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<b>bold"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("href=\"#\""));
    }
}
