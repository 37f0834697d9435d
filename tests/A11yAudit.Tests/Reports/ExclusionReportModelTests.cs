using A11yAudit.Reports.Model;

namespace A11yAudit.Tests.Reports;

[TestFixture]
public sealed class ExclusionReportModelTests
{
    private ReportModel _model = null!;

    [OneTimeSetUp]
    public void Build() => _model = ReportModelBuilder.Build(ExclusionAudits.Scored());

    private HashSet<string> AnchorIds() =>
        _model.Violations.Concat(_model.NeedsReview).Select(i => i.Id)
            .Concat(_model.Exclusion!.Journeys.Chunks.SelectMany(c => c.Rows).SelectMany(r => r.Cells).Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);

    [Test]
    public void Issues_are_ranked_by_exclusion_impact_before_axe_impact()
    {
        var order = _model.Violations.Select(v => (v.RuleId, v.Severity)).ToList();

        // Blockers first (label and button-name block screen-reader users), then major, then the rest.
        Assert.That(order.Take(2).Select(o => o.Severity), Is.All.EqualTo("blocker"));
        Assert.That(order.Select(o => o.Severity), Is.Ordered.Using<string>(Comparer<string>.Create((a, b) => Rank(b).CompareTo(Rank(a)))));
    }

    [Test]
    public void Each_issue_says_who_it_excludes_and_why()
    {
        var label = _model.Violations.Single(v => v.RuleId == "label");

        Assert.Multiple(() =>
        {
            Assert.That(label.Groups[0].GroupId, Is.EqualTo("screen-reader"));
            Assert.That(label.Groups[0].Severity, Is.EqualTo("blocker"));
            Assert.That(label.Groups[0].Name, Is.EqualTo("Blind and screen-reader users"));
            Assert.That(label.Rationale, Is.Not.Empty);
            Assert.That(label.Plain, Does.Contain("label"));
            Assert.That(label.Fix, Is.Not.Empty);
            Assert.That(label.FilterClasses, Does.Contain("f-s-blocker").And.Contain("f-g1-blocker"));
        });
    }

    [Test]
    public void Every_rating_reason_about_an_element_links_to_its_issue_and_journey_cell()
    {
        var ids = AnchorIds();
        var reasons = _model.Exclusion!.Rating.Reasons;

        Assert.That(reasons.Where(r => r.IssueHref.Length > 0), Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var reason in reasons)
            {
                if (reason.IssueHref.Length > 0)
                {
                    Assert.That(ids, Does.Contain(reason.IssueHref[1..]), reason.Text);
                }

                if (reason.CellHref.Length > 0)
                {
                    Assert.That(ids, Does.Contain(reason.CellHref[1..]), reason.Text);
                }
            }
        });

        var blocked = reasons.First();
        Assert.That(blocked.Text, Does.Contain("Book an appointment"));
        Assert.That(blocked.CellHref, Is.Not.Empty);
        Assert.That(_model.Violations.Single(v => "#" + v.Id == blocked.IssueHref).RuleId, Is.EqualTo("label"));
    }

    [Test]
    public void Journey_cells_show_status_and_link_to_the_deciding_issue()
    {
        var grid = _model.Exclusion!.Journeys;
        var book = grid.Chunks.Single().Rows.Single(r => r.Name == "Book an appointment");
        var screenReader = book.Cells.Single(c => c.GroupId == "screen-reader");
        var unreachable = grid.Chunks.Single().Rows.Single(r => r.Name == "Unreachable");

        Assert.Multiple(() =>
        {
            Assert.That(grid.Columns, Has.Count.EqualTo(_model.Exclusion.Groups.Count));
            Assert.That(screenReader.Status, Is.EqualTo("blocked"));
            Assert.That(screenReader.StatusLabel, Is.EqualTo("Blocked"));
            Assert.That(screenReader.RuleId, Is.EqualTo("label"));
            Assert.That(AnchorIds(), Does.Contain(screenReader.Href[1..]));
            Assert.That(book.Cells.Single(c => c.GroupId == "deaf").Status, Is.EqualTo("clear"));
            Assert.That(unreachable.Cells.Select(c => c.Status), Is.All.EqualTo("not-audited"));
            Assert.That(book.StepsAudited, Is.EqualTo("2 of 2 steps audited"));
        });
    }

    [Test]
    public void Risk_rows_carry_band_geometry_and_people()
    {
        var screenReader = _model.Exclusion!.Groups.Single(g => g.Id == "screen-reader");
        var deaf = _model.Exclusion.Groups.Single(g => g.Id == "deaf");

        Assert.Multiple(() =>
        {
            Assert.That(screenReader.Risk, Is.EqualTo("100%"));
            Assert.That(screenReader.BarBest, Is.EqualTo("100"));
            Assert.That(screenReader.Highest, Is.EqualTo("blocker"));
            Assert.That(screenReader.DecidedBy.Select(d => d.Href), Has.Some.Not.Empty);
            Assert.That(deaf.Risk, Is.EqualTo("0%"));
            Assert.That(deaf.HighestLabel, Is.EqualTo("None found"));
            Assert.That(_model.Exclusion.People.Range, Does.Match("^[0-9,]+( to [0-9,]+)?$"));
            Assert.That(_model.Exclusion.Rating.Scale.Count(s => s.IsCurrent), Is.EqualTo(1));
        });
    }

    [Test]
    public void Without_journeys_each_page_is_a_task_and_clear_pages_are_left_out()
    {
        var model = ReportModelBuilder.Build(ExclusionAudits.Scored(journeys: []));
        var grid = model.Exclusion!.Journeys;

        Assert.That(grid.FromPages, Is.True);
        Assert.That(grid.RowCount + grid.ClearRowsOmitted, Is.EqualTo(4));
        Assert.That(model.Exclusion.Rating.Reasons.Where(r => r.IssueHref.Length > 0).Select(r => r.CellHref), Has.All.Not.Empty);
    }

    [Test]
    public void Coverage_lists_every_A_and_AA_criterion_with_a_status()
    {
        var rows = _model.Coverage.Criteria.ToDictionary(c => c.Number);

        Assert.Multiple(() =>
        {
            Assert.That(_model.Coverage.Total, Is.EqualTo(55));
            Assert.That(rows["4.1.2"].Status, Is.EqualTo("failed"));
            Assert.That(rows["4.1.2"].Issues, Has.Count.EqualTo(2));
            Assert.That(rows["1.4.3"].Status, Is.EqualTo("failed"));
            Assert.That(rows["2.4.2"].Status, Is.EqualTo("passed"));
            Assert.That(rows["3.1.1"].StatusLabel, Is.EqualTo("Passed automated checks"));
            Assert.That(rows["2.1.1"].Status, Is.EqualTo("untested"));
            Assert.That(rows["2.1.1"].ManualCheck, Does.Contain("keyboard"));
            Assert.That(_model.Coverage.Counts.Sum(c => c.Count), Is.EqualTo(55));
        });
    }

    [Test]
    public void Worklist_groups_review_items_by_criterion_and_untested_criteria_by_principle()
    {
        var worklist = _model.Worklist;

        Assert.Multiple(() =>
        {
            Assert.That(worklist.Review.Single().Criterion.Number, Is.EqualTo("4.1.2"));
            Assert.That(worklist.Review.Single().Items.Single().Href, Does.StartWith("#review-aria-hidden-focus-"));
            Assert.That(worklist.Untested.Select(p => p.Name), Is.EqualTo(new[] { "Perceivable", "Operable", "Understandable", "Robust" }));
            Assert.That(worklist.Passed.Select(c => c.Number), Is.EqualTo(new[] { "2.4.2", "3.1.1" }));
        });
    }

    [Test]
    public void Statement_lists_each_failing_wcag_rule_once_with_its_criteria()
    {
        var items = _model.Statement.Items;
        var contrast = items.Single(i => i.Fails.Contains("1.4.3", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(4), "image-alt, color-contrast, label, button-name; region is best practice");
            Assert.That(contrast.Text, Does.StartWith("Some text has too little contrast"));
            Assert.That(contrast.Fails, Is.EqualTo("This fails WCAG 2.2 success criterion 1.4.3 (Contrast (Minimum))."));
            Assert.That(contrast.Where, Is.EqualTo("Found on 2 pages: /, /book/start."));
            Assert.That(contrast.IssueHrefs, Has.Count.EqualTo(1), "#hint-N is one pattern");
        });
    }

    [Test]
    public void Pages_list_their_issues_and_screenshots()
    {
        var home = _model.Pages.Single(p => p.Url == "https://example.test/");

        Assert.Multiple(() =>
        {
            Assert.That(home.Anchor, Does.Match("^page-[0-9a-f]{10}$"));
            Assert.That(home.Screenshot, Is.EqualTo("screenshots/home.jpg"));
            Assert.That(home.Findings, Has.Count.EqualTo(2));
            Assert.That(_model.Violations.Single(v => v.RuleId == "image-alt").Examples.Single().Screenshot, Is.EqualTo("screenshots/hero.jpg"));
            Assert.That(_model.Violations.Single(v => v.RuleId == "image-alt").Pages.Single().Anchor, Is.EqualTo(home.Anchor));
            Assert.That(_model.PageChunks.Single().Open, Is.True);
        });
    }

    [Test]
    public void Group_filters_offer_only_groups_some_issue_affects()
    {
        Assert.That(_model.GroupFilters.Select(f => f.Id), Does.Contain("screen-reader").And.Not.Contain("deaf"));
        Assert.That(_model.GroupFilters.Select(f => f.Slot), Is.All.InRange(1, 20));
    }

    [Test]
    public void Results_without_an_assessment_still_build()
    {
        var model = ReportModelBuilder.Build(ExclusionAudits.Scored() with { Exclusion = null });

        Assert.That(model.Exclusion, Is.Null);
        Assert.That(model.GroupFilters, Is.Empty);
        Assert.That(model.Violations.Select(v => v.Severity), Is.All.EqualTo("none"));
    }

    private static int Rank(string severity) => severity switch
    {
        "blocker" => 3,
        "major" => 2,
        "minor" => 1,
        _ => 0,
    };
}
