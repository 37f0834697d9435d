using System.Text.Json;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Results;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>The assessment is part of results.json: it must write with the results settings and read back unchanged.</summary>
public sealed class ExclusionSerializationTests
{
    private static ExclusionAssessment Sample() => ExclusionModel.LoadDefault().Assess(
        [
            Page("/book/start", Violation("color-contrast"), NeedsReview("label")),
            Page("/book/details", Violation("label", "Form elements must have labels"), Own("plain-language")),
            Page("/news", Violation("future-rule", impact: A11yAudit.Core.Model.Impact.Serious, tags: "cat.color")),
            FailedPage("/down"),
        ],
        [
            Journey("Book a GP appointment", "critical", "/book/start", "/book/details", "/book/confirm"),
            Journey("Read the news", "other", "^.*/news$"),
        ]);

    [Test]
    public void An_assessment_round_trips_through_the_results_json_settings()
    {
        var json = JsonSerializer.Serialize(Sample(), ResultsJson.Options);
        var read = JsonSerializer.Deserialize<ExclusionAssessment>(json, ResultsJson.Options);

        Assert.That(read, Is.Not.Null);
        Assert.That(JsonSerializer.Serialize(read, ResultsJson.Options), Is.EqualTo(json));
    }

    [Test]
    public void Enums_are_camel_case_strings_and_names_are_camel_case()
    {
        var json = JsonSerializer.Serialize(Sample(), ResultsJson.Options);
        Assert.That(json, Does.Contain("\"rating\": \"inadequate\""));
        Assert.That(json, Does.Contain("\"severity\": \"blocker\""));
        Assert.That(json, Does.Contain("\"certainty\": \"uncertain\""));
        Assert.That(json, Does.Contain("\"kind\": \"surveyEstimate\""));
        Assert.That(json, Does.Contain("\"overlapNote\""));
        Assert.That(json, Does.Contain("\"isFallback\": true"));
    }

    [Test]
    public void Results_json_carries_the_assessment_and_reads_it_back()
    {
        var results = new AuditResults
        {
            Tool = new ToolVersions { Name = "a11yaudit", Version = "0.1.0", AxeVersion = "4.14.0" },
            Target = new AuditTarget { Name = "Demo GP surgery" },
            Exclusion = Sample(),
        };

        var json = JsonSerializer.Serialize(results, ResultsJson.Options);
        var read = JsonSerializer.Deserialize<AuditResults>(json, ResultsJson.Options)!;

        Assert.That(read.Exclusion, Is.Not.Null);
        Assert.That(read.Exclusion!.Rating.Rating, Is.EqualTo(results.Exclusion.Rating.Rating));
        Assert.That(JsonSerializer.Serialize(read, ResultsJson.Options), Is.EqualTo(json));
    }

    [Test]
    public void The_assessment_records_the_groups_constants_and_mappings_it_used()
    {
        var assessment = Sample();
        Assert.That(assessment.Groups, Has.Count.EqualTo(ExclusionModel.LoadDefault().Groups.Groups.Count));
        Assert.That(assessment.Scoring.MajorProbability, Is.EqualTo(0.5));
        Assert.That(assessment.Mappings.Select(m => m.RuleId), Is.EquivalentTo(new[] { "color-contrast", "label", "plain-language", "future-rule" }));
        Assert.That(assessment.Mappings.Single(m => m.RuleId == "future-rule").IsFallback, Is.True);
        Assert.That(assessment.GroupsVersion, Is.Not.Empty);
        Assert.That(assessment.BarrierMapVersion, Is.Not.Empty);
    }
}
