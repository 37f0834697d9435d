using A11yAudit.Reports.Model;
using static A11yAudit.Tests.Trends.TrendsAudits;

namespace A11yAudit.Tests.Trends;

public sealed class TrendsModelBuilderTests
{
    [Test]
    public void NoBaselineAndNoHistory_NoSection() =>
        Assert.That(TrendsModelBuilder.Build(Before), Is.Null);

    [Test]
    public void Diff_ListsNewAndFixed_MarksGateFailures_AndSaysTheBaselineCanBeTightened()
    {
        var diff = TrendsModelBuilder.Build(Judged())!.Diff!;

        Assert.Multiple(() =>
        {
            Assert.That((diff.New, diff.Fixed, diff.StillPresent), Is.EqualTo((1, 1, 1)));
            Assert.That(diff.NewItems.Single().RuleId, Is.EqualTo("label"));
            Assert.That(diff.NewItems.Single().FailedConditions, Is.EqualTo("serious, blocker"));
            Assert.That(diff.NewItems.Single().PageIsUrl, Is.True);
            Assert.That(diff.FixedItems.Single().RuleId, Is.EqualTo("image-alt"));
            Assert.That(diff.Notes, Has.Some.Contains("The baseline can be tightened"));
            Assert.That(diff.Gate!.Verdict, Is.EqualTo("failed"));
            Assert.That(diff.Recorded!.Text, Is.EqualTo("5 March 2026 at 14:05 UTC"));
        });
    }

    [Test]
    public void OneRun_NoTrendYet()
    {
        var section = TrendsModelBuilder.Build(WithHistory(Judged(), 1))!;

        Assert.That(section.HasTrend, Is.False);
        Assert.That(section.Groups, Is.Empty);
        Assert.That(section.FindingsChart, Is.Null);
        Assert.That(section.Runs, Has.Count.EqualTo(1));
    }

    [Test]
    public void SeveralRuns_NewestFirst_WithAGroupRowEachAndAChart()
    {
        var section = TrendsModelBuilder.Build(WithHistory(Judged(), 4))!;

        Assert.Multiple(() =>
        {
            Assert.That(section.Runs, Has.Count.EqualTo(4));
            Assert.That(section.Runs[0].IsCurrent, Is.True);
            Assert.That(section.Runs.Select(r => r.Date.Iso), Is.Ordered.Descending);
            Assert.That(section.Groups, Has.Count.EqualTo(10));
            Assert.That(section.FindingsChart!.Series.Select(s => s.Name), Is.EqualTo(new[] { "Confirmed problems", "Needs review", "New since baseline" }));
            Assert.That(section.FindingsChart.Series[0].Markers, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void GroupRow_ComparesWithThePreviousRun()
    {
        var lowVision = TrendsModelBuilder.Build(WithHistory(Judged(), 3))!.Groups.Single(g => g.GroupName.StartsWith("Low-vision", StringComparison.Ordinal));

        Assert.That((lowVision.First, lowVision.Now, lowVision.Change, lowVision.Direction), Is.EqualTo(("5%", "25%", "+10 points", "up")));
    }

    [Test]
    public void Sparkline_UsesAFixedZeroToOneHundredScale()
    {
        var line = TrendsChartBuilder.Sparkline([0, 1]);

        Assert.That(line.Points, Is.EqualTo("2,22 118,2"));
    }

    [TestCase(1, 2)]
    [TestCase(3, 4)]
    [TestCase(7, 10)]
    [TestCase(11, 20)]
    [TestCase(35, 40)]
    [TestCase(101, 200)]
    public void AxisTop_IsANiceNumber(int max, int top) =>
        Assert.That(TrendsChartBuilder.NiceCeiling(max), Is.EqualTo(top));
}
