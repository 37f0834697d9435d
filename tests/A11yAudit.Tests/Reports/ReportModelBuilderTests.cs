using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Model;
using static A11yAudit.Tests.Reports.TestAudits;

namespace A11yAudit.Tests.Reports;

[TestFixture]
public sealed class ReportModelBuilderTests
{
    [Test]
    public void Groups_findings_by_rule_and_element_pattern_across_pages_with_page_and_instance_counts()
    {
        var results = Results(
            Page("https://example.test/", 0, Violation("color-contrast", Impact.Serious, Node(".a"), Node(".a"), Node(".b"))),
            Page("https://example.test/b", 1, Violation("color-contrast", Impact.Serious, Node(".a"))),
            Page("https://example.test/c", 1, Violation("image-alt", Impact.Critical, Node("img"))));

        var model = ReportModelBuilder.Build(results);

        Assert.That(model.Violations.Select(v => (v.RuleId, v.Pattern)), Is.EqualTo(new[] { ("image-alt", "img"), ("color-contrast", ".a"), ("color-contrast", ".b") }));
        var contrast = model.Violations[1];
        Assert.Multiple(() =>
        {
            Assert.That(contrast.PageCount, Is.EqualTo(2));
            Assert.That(contrast.InstanceCount, Is.EqualTo(3));
            Assert.That(contrast.Pages.Select(p => (p.Url, p.Instances)), Is.EqualTo(new[] { ("https://example.test/", 2), ("https://example.test/b", 1) }));
            Assert.That(contrast.Id, Does.Match("^issue-color-contrast-[0-9a-f]{8}$"));
            Assert.That(contrast.Impact, Is.EqualTo("serious"));
            Assert.That(contrast.ImpactLabel, Is.EqualTo("Serious"));
        });
    }

    [Test]
    public void Numbers_and_positions_in_selectors_make_one_pattern()
    {
        var results = Results(
            Page("https://example.test/1", 0, Violation("link-name", Impact.Serious, Node("#card-12 > a"), Node("li:nth-child(3) > a"))),
            Page("https://example.test/2", 0, Violation("link-name", Impact.Serious, Node("#card-13 > a"), Node("li:nth-child(7) > a"))));

        var issues = ReportModelBuilder.Build(results).Violations;

        Assert.That(issues.Select(i => i.Pattern), Is.EquivalentTo(new[] { "#card-* > a", "li:nth-child(n) > a" }));
        Assert.That(issues.Select(i => i.PageCount), Is.All.EqualTo(2));
    }

    [Test]
    public void Issue_ids_are_stable_and_unique()
    {
        var results = Results(
            Page("https://example.test/", 0, Violation("label", Impact.Critical, Node(".a")), Review("label", Impact.Critical, Node(".a"))));

        var first = ReportModelBuilder.Build(results);
        var second = ReportModelBuilder.Build(results);

        Assert.That(first.Violations.Single().Id, Is.EqualTo(second.Violations.Single().Id));
        Assert.That(first.NeedsReview.Single().Id, Does.StartWith("review-label-"));
        Assert.That(first.Violations.Single().Examples.Single().Id, Is.EqualTo(first.Violations.Single().Id + "-el-1"));
    }

    [Test]
    public void Sorts_by_impact_then_pages_then_instances_then_rule_id()
    {
        var results = Results(
            Page("https://example.test/1", 0,
                Violation("minor-rule", Impact.Minor, Node(".m")),
                Violation("serious-few", Impact.Serious, Node(".s")),
                Violation("serious-many", Impact.Serious, Node(".s")),
                Violation("b-tie", Impact.Moderate, Node(".t")),
                Violation("a-tie", Impact.Moderate, Node(".t")),
                Violation("unrated", null, Node(".u"))),
            Page("https://example.test/2", 0, Violation("serious-many", Impact.Serious, Node(".s"))));

        var order = ReportModelBuilder.Build(results).Violations.Select(v => v.RuleId);

        Assert.That(order, Is.EqualTo(new[] { "serious-many", "serious-few", "a-tie", "b-tie", "minor-rule", "unrated" }));
    }

    [Test]
    public void Keeps_violations_and_needs_review_apart()
    {
        var results = Results(Page("https://example.test/", 0,
            Violation("color-contrast", Impact.Serious, Node(".a")),
            Review("color-contrast", Impact.Serious, Node(".b"))));

        var model = ReportModelBuilder.Build(results);

        Assert.Multiple(() =>
        {
            Assert.That(model.Violations.Single().Examples.Single().Selector, Is.EqualTo(".a"));
            Assert.That(model.NeedsReview.Single().Examples.Single().Selector, Is.EqualTo(".b"));
            Assert.That(model.NeedsReview.Single().Outcome, Is.EqualTo("needs-review"));
            Assert.That(model.NeedsReview.Single().Id, Is.Not.EqualTo(model.Violations.Single().Id));
            Assert.That(model.Summary.ViolationIssues, Is.EqualTo(1));
            Assert.That(model.Summary.NeedsReviewIssues, Is.EqualTo(1));
        });
    }

    [Test]
    public void Examples_are_distinct_and_capped_and_the_rest_are_counted()
    {
        var pages = Enumerable.Range(0, 10)
            .Select(i => Page($"https://example.test/{i:D2}", 0,
                Violation("region", Impact.Moderate, Node("header.site", "<header class=\"site\">"), Node($".item-{i}"))))
            .ToArray();

        var issues = ReportModelBuilder.Build(Results(pages)).Violations;
        var header = issues.Single(i => i.Pattern == "header.site");
        var items = issues.Single(i => i.Pattern == ".item-*");

        Assert.Multiple(() =>
        {
            // The site-wide header appears once however many pages share it.
            Assert.That(header.Examples.Select(e => e.Selector), Is.EqualTo(new[] { "header.site" }));
            Assert.That(header.PageCount, Is.EqualTo(10));
            Assert.That(items.Examples.Select(e => e.Selector), Is.EqualTo(new[] { ".item-0", ".item-1", ".item-2" }));
            Assert.That(items.MoreExamples, Is.EqualTo(10 - ReportModelBuilder.MaxExamples));
            Assert.That(items.Selectors, Has.Count.EqualTo(10));
            Assert.That(items.InstanceCount, Is.EqualTo(10));
        });
    }

    [Test]
    public void Caps_selectors_and_counts_the_rest()
    {
        var nodes = Enumerable.Range(0, ReportModelBuilder.MaxSelectors + 5).Select(i => Node($".n{i}")).ToArray();

        var issue = ReportModelBuilder.Build(Results(Page("https://example.test/", 0, Violation("r", Impact.Minor, nodes)))).Violations.Single();

        Assert.That(issue.Selectors, Has.Count.EqualTo(ReportModelBuilder.MaxSelectors));
        Assert.That(issue.MoreSelectors, Is.EqualTo(5));
    }

    [Test]
    public void A_page_scanned_in_two_viewports_is_one_affected_page()
    {
        var mobile = Page("https://example.test/", 0, Violation("target-size", Impact.Serious, Node(".a"))) with { Viewport = "mobile" };
        var desktop = Page("https://example.test/", 0, Violation("target-size", Impact.Serious, Node(".a"))) with { Viewport = "desktop" };

        var model = ReportModelBuilder.Build(Results(mobile, desktop));

        Assert.That(model.Violations.Single().PageCount, Is.EqualTo(1));
        Assert.That(model.Violations.Single().InstanceCount, Is.EqualTo(2));
        Assert.That(model.Summary.PagesWithViolations, Is.EqualTo(1));
    }

    [Test]
    public void Counts_violations_by_impact_with_every_level_present()
    {
        var results = Results(
            Page("https://example.test/a", 0, Violation("c1", Impact.Critical, Node(".x"), Node(".y")), Violation("s1", Impact.Serious, Node(".x"))),
            Page("https://example.test/b", 0, Violation("c1", Impact.Critical, Node(".x"))));

        var counts = ReportModelBuilder.Build(results).ViolationsByImpact;

        Assert.That(counts.Select(c => c.Impact), Is.EqualTo(new[] { "critical", "serious", "moderate", "minor" }));
        // .x and .y are two patterns of c1, so two distinct issues.
        Assert.That(counts[0], Is.EqualTo(new ImpactCount("critical", "Critical", 2, 3, 2)));
        Assert.That(counts[1], Is.EqualTo(new ImpactCount("serious", "Serious", 1, 1, 1)));
        Assert.That(counts[2].Issues, Is.Zero);
    }

    [Test]
    public void Unrated_impact_row_appears_only_when_needed()
    {
        var counts = ReportModelBuilder.Build(Results(Page("https://example.test/", 0, Violation("x", null, Node(".a"))))).ViolationsByImpact;

        Assert.That(counts.Last(), Is.EqualTo(new ImpactCount("unknown", "Impact not rated", 1, 1, 1)));
    }

    [Test]
    public void Rule_metadata_comes_from_the_rules_list_before_findings()
    {
        var results = Results(Page("https://example.test/", 0, Violation("color-contrast", Impact.Serious, Node(".a")))) with
        {
            Rules =
            [
                new RuleInfo
                {
                    Id = "color-contrast", Source = "axe", Help = "Rule help", Description = "Rule description",
                    HelpUrl = "https://dequeuniversity.com/rules/axe/4.10/color-contrast",
                    Category = RuleCategory.BestPractice, WcagCriteria = ["1.4.10", "1.4.3"],
                },
            ],
        };

        var issue = ReportModelBuilder.Build(results).Violations.Single();

        Assert.Multiple(() =>
        {
            Assert.That(issue.Help, Is.EqualTo("Rule help"));
            Assert.That(issue.Description, Is.EqualTo("Rule description"));
            Assert.That(issue.HelpUrl, Is.EqualTo("https://dequeuniversity.com/rules/axe/4.10/color-contrast"));
            Assert.That(issue.Category, Is.EqualTo("best-practice"));
            Assert.That(issue.CategoryLabel, Is.EqualTo("Best practice"));
            // Numeric order: 1.4.3 before 1.4.10.
            Assert.That(issue.Wcag.Select(w => w.Number), Is.EqualTo(new[] { "1.4.3", "1.4.10" }));
            Assert.That(issue.Wcag[1].Url, Is.EqualTo("https://www.w3.org/WAI/WCAG22/Understanding/reflow.html"));
            Assert.That(issue.Wcag[1].Name, Is.EqualTo("Reflow"));
            Assert.That(issue.Wcag[1].Level, Is.EqualTo("AA"));
        });
    }

    [Test]
    public void Wcag_criteria_fall_back_to_axe_tags_and_unknown_numbers_link_to_the_index()
    {
        var finding = Violation("old", Impact.Minor, Node(".a")) with { WcagCriteria = [], Tags = ["wcag2a", "wcag111", "wcag999"] };

        var wcag = ReportModelBuilder.Build(Results(Page("https://example.test/", 0, finding))).Violations.Single().Wcag;

        Assert.That(wcag.Select(w => w.Number), Is.EqualTo(new[] { "1.1.1", "9.9.9" }));
        Assert.That(wcag[0].Url, Is.EqualTo("https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html"));
        Assert.That(wcag[1], Is.EqualTo(new WcagLink("9.9.9", "", "", "https://www.w3.org/WAI/WCAG22/Understanding/")));
    }

    [Test]
    public void Pages_are_ordered_by_depth_then_url_whatever_order_workers_finished_in()
    {
        var results = Results(
            Page("https://example.test/z", 1),
            Page("https://example.test/deep", 2),
            Page("https://example.test/", 0),
            Page("https://example.test/a", 1));

        var urls = ReportModelBuilder.Build(results).Pages.Select(p => p.Url);

        Assert.That(urls, Is.EqualTo(new[] { "https://example.test/", "https://example.test/a", "https://example.test/z", "https://example.test/deep" }));
    }

    [Test]
    public void Page_rows_carry_outcome_reason_and_per_page_counts()
    {
        var failed = new PageResult { Url = "https://example.test/x", Outcome = PageOutcome.LoadFailed, Reason = "Timed out", FinalUrl = "https://example.test/x" };
        var scanned = Page("https://example.test/", 0,
            Violation("a", Impact.Minor, Node(".a"), Node(".b")),
            Violation("b", Impact.Minor, Node(".a")),
            Review("c", Impact.Minor, Node(".a"))) with { FinalUrl = "https://example.test/home" };

        var rows = ReportModelBuilder.Build(Results(scanned, failed)).Pages;

        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Violations, Is.EqualTo(2));
            Assert.That(rows[0].ViolationInstances, Is.EqualTo(3));
            Assert.That(rows[0].NeedsReview, Is.EqualTo(1));
            Assert.That(rows[0].FinalUrl, Is.EqualTo("https://example.test/home"));
            Assert.That(rows[1].Outcome, Is.EqualTo("load-failed"));
            Assert.That(rows[1].OutcomeLabel, Is.EqualTo("Did not load"));
            Assert.That(rows[1].Reason, Is.EqualTo("Timed out"));
            Assert.That(rows[1].FinalUrl, Is.Null, "A final URL equal to the URL is not a redirect");
            Assert.That(rows[1].WasScanned, Is.False);
        });
    }

    [Test]
    public void Summary_counts_pages_by_outcome()
    {
        var results = Results(
            Page("https://example.test/", 0, Violation("best", Impact.Minor, Node(".a")) with { Category = RuleCategory.BestPractice }),
            new PageResult { Url = "https://example.test/f1", Outcome = PageOutcome.LoadFailed },
            new PageResult { Url = "https://example.test/f2", Outcome = PageOutcome.ScanFailed },
            new PageResult { Url = "https://example.test/doc.pdf", Outcome = PageOutcome.NotHtml }) with
        {
            Skipped = [new SkippedUrl("https://elsewhere.test/", "Out of scope", null)],
        };

        var summary = ReportModelBuilder.Build(results).Summary;

        Assert.That(summary, Is.EqualTo(new ReportSummary
        {
            PagesVisited = 4,
            PagesScanned = 1,
            PagesFailed = 2,
            PagesNotScanned = 1,
            PagesWithViolations = 1,
            SkippedUrls = 1,
            ViolationIssues = 1,
            ViolationInstances = 1,
            WcagViolationIssues = 0,
            OtherViolationIssues = 1,
            NeedsReviewIssues = 0,
            NeedsReviewInstances = 0,
        }));
    }

    [Test]
    public void Times_and_duration_come_from_the_results_not_the_clock()
    {
        var model = ReportModelBuilder.Build(Results());

        Assert.Multiple(() =>
        {
            Assert.That(model.GeneratedAt, Is.EqualTo(new ReportTime("5 March 2025 at 14:05 UTC", "2025-03-05T14:05:22+00:00")));
            Assert.That(model.StartedAt.Iso, Is.EqualTo("2025-03-05T14:02:10+00:00"));
            Assert.That(model.Duration, Is.EqualTo("3 minutes 12 seconds"));
            Assert.That(model.DurationSeconds, Is.EqualTo(192));
            Assert.That(model.Standard, Is.EqualTo("WCAG 2.2 AA"));
            Assert.That(model.ProductName, Is.EqualTo("A11yAudit"));
        });
    }

    [Test]
    public void A_missing_finish_time_gives_no_negative_duration()
    {
        var model = ReportModelBuilder.Build(Results() with { FinishedAt = default });

        Assert.That(model.Duration, Is.EqualTo("not recorded"));
        Assert.That(model.GeneratedAt, Is.EqualTo(model.StartedAt));
    }

    [Test]
    public void Ids_are_safe_slugs_and_unique()
    {
        var results = Results(Page("https://example.test/", 0,
            Violation("A b\"<x>", Impact.Minor, Node(".a")),
            Violation("a-b-x", Impact.Minor, Node(".a"))));

        var ids = ReportModelBuilder.Build(results).Violations.Select(v => v.Id).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Match("^[a-z0-9-]+$"));
    }

    [Test]
    public void Very_long_snippets_are_trimmed()
    {
        var huge = "<div>" + new string('x', 50_000) + "</div>";

        var example = ReportModelBuilder.Build(Results(Page("https://example.test/", 0, Violation("r", Impact.Minor, Node(".a", huge)))))
            .Violations.Single().Examples.Single();

        Assert.That(example.Html, Has.Length.EqualTo(ReportModelBuilder.MaxSnippetLength + 1));
        Assert.That(example.Html, Does.EndWith("…"));
    }

    [Test]
    public void Rules_with_the_same_id_from_different_sources_stay_separate()
    {
        var axe = Violation("language", Impact.Serious, Node("html"));
        var own = axe with { Source = "a11yaudit" };

        var issues = ReportModelBuilder.Build(Results(Page("https://example.test/", 0, axe, own))).Violations;

        Assert.That(issues.Select(i => i.Source), Is.EquivalentTo(new[] { "axe", "a11yaudit" }));
    }

    [Test]
    public void Builds_from_an_empty_audit()
    {
        var model = ReportModelBuilder.Build(new AuditResults
        {
            Tool = new ToolVersions { Name = "A11yAudit", Version = "0" },
            Target = new AuditTarget { Name = "Empty", Standard = "" },
        });

        Assert.That(model.Violations, Is.Empty);
        Assert.That(model.Pages, Is.Empty);
        Assert.That(model.Standard, Is.EqualTo("WCAG 2.2 AA"));
        Assert.That(model.ViolationsByImpact, Has.Count.EqualTo(4));
    }
}
