using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using A11yAudit.Core.Results;
using static A11yAudit.Tests.Reports.TestAudits;

namespace A11yAudit.Tests.Reports;

/// <summary>A small audit scored by the real exclusion model, for tests of the report's exclusion parts.</summary>
internal static class ExclusionAudits
{
    public static readonly IReadOnlyList<JourneyOptions> Journeys =
    [
        new() { Name = "Book an appointment", Weight = "critical", Steps = ["/book/start", "/book/details"] },
        new() { Name = "Read messages", Weight = "important", Steps = ["/messages"] },
        new() { Name = "Unreachable", Weight = "other", Steps = ["/nowhere"] },
    ];

    public static AuditResults Scored(IReadOnlyList<JourneyOptions>? journeys = null)
    {
        var results = Results(
            Page("https://example.test/", 0,
                Wcag(Violation("image-alt", Impact.Critical, Shot(Node("img.hero"), "screenshots/hero.jpg")), "1.1.1"),
                Wcag(Violation("color-contrast", Impact.Serious, Node("#hint-1"), Node("#hint-2")), "1.4.3")) with { Screenshot = "screenshots/home.jpg" },
            Page("https://example.test/book/start", 1,
                Wcag(Violation("color-contrast", Impact.Serious, Node("#hint-3")), "1.4.3")) with { PassedRules = ["document-title", "html-has-lang"] },
            Page("https://example.test/book/details", 2,
                Wcag(Violation("label", Impact.Critical, Node(".input")), "4.1.2"),
                Wcag(Review("aria-hidden-focus", Impact.Serious, Node("div.modal")), "4.1.2")),
            Page("https://example.test/messages", 1,
                Wcag(Violation("button-name", Impact.Critical, Node("button.icon")), "4.1.2"),
                Violation("region", Impact.Moderate, Node("div.banner")) with { Category = RuleCategory.BestPractice, WcagCriteria = [] }));
        results = results with
        {
            Rules =
            [
                new RuleInfo { Id = "document-title", Source = "axe", WcagCriteria = ["2.4.2"] },
                new RuleInfo { Id = "html-has-lang", Source = "axe", WcagCriteria = ["3.1.1"] },
                new RuleInfo { Id = "label", Source = "axe", Help = "Form elements must have labels", WcagCriteria = ["4.1.2"], HelpUrl = "https://dequeuniversity.com/rules/axe/4.14/label" },
            ],
        };
        return results with { Exclusion = ExclusionModel.LoadDefault().Assess(results.Pages, journeys ?? Journeys) };
    }

    private static Finding Wcag(Finding finding, params string[] criteria) => finding with { WcagCriteria = criteria };

    private static FindingNode Shot(FindingNode node, string path) => node with { Screenshot = path };
}
