using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Exclusion;

public sealed class BarrierMapTests
{
    private static readonly string[] OwnChecks =
    [
        "reflow", "resize-text", "text-spacing", "zoom-blocked", "typography", "colour-alone", "keyboard-trap",
        "keyboard-unfocusable-control", "focus-order", "focus-visible", "focus-obscured", "skip-link", "dialog-focus",
        "target-size-extended", "accesskeys-positive-tabindex", "plain-language", "link-purpose", "documents-link",
        "page-title-quality", "time-limits", "moving-content", "change-of-context", "low-bandwidth", "no-javascript", "captcha",
    ];

    private static readonly ExclusionModel Model = ExclusionModel.LoadDefault();

    [TestCaseSource(nameof(OwnChecks))]
    public void Every_own_check_has_an_explicit_mapping(string checkId)
    {
        var mapping = Model.BarrierMap.FindExplicit(checkId, RuleSources.A11yAudit);
        Assert.That(mapping, Is.Not.Null);
        Assert.That(mapping!.Groups, Is.Not.Empty);
    }

    [Test]
    public void Clear_cut_blockers_are_mapped_as_blockers()
    {
        Assert.That(Model.BarrierMap.FindExplicit("label", RuleSources.Axe)!.Groups["screen-reader"], Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(Model.BarrierMap.FindExplicit("keyboard-trap", RuleSources.A11yAudit)!.Groups["motor"], Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(Model.BarrierMap.FindExplicit("video-caption", RuleSources.Axe)!.Groups["deaf"], Is.EqualTo(BarrierSeverity.Blocker));
    }

    [Test]
    public void Ids_shared_by_axe_and_own_checks_are_told_apart_by_source()
    {
        var axe = Model.BarrierMap.FindExplicit("skip-link", RuleSources.Axe)!;
        var own = Model.BarrierMap.FindExplicit("skip-link", RuleSources.A11yAudit)!;
        Assert.That(axe.Source, Is.EqualTo("axe"));
        Assert.That(own.Source, Is.EqualTo("a11yaudit"));
        Assert.That(own.Rationale, Is.Not.EqualTo(axe.Rationale));
    }

    [Test]
    public void Describe_lists_every_mapped_check_with_named_groups_most_severe_first()
    {
        var rules = Model.DescribeRules();
        Assert.That(rules, Has.Count.EqualTo(Model.BarrierMap.Mappings.Count));
        var label = rules.Single(r => r.RuleId == "label" && r.Source == "axe");
        Assert.That(label.Groups[0].GroupName, Is.EqualTo("Blind and screen-reader users"));
        Assert.That(label.Groups[0].Severity, Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(label.Groups.Select(g => g.Severity), Is.Ordered.Descending);
        Assert.That(rules.All(r => r.Rationale.Length > 0), Is.True);
    }

    [Test]
    public void Describe_adds_unknown_rules_from_a_run_through_the_fallback()
    {
        var extra = new RuleInfo { Id = "brand-new-rule", Source = "axe", Tags = ["cat.color", "wcag2aa"] };
        var described = Model.DescribeRules([extra]).Single(r => r.RuleId == "brand-new-rule");
        Assert.That(described.IsFallback, Is.True);
        Assert.That(described.Groups.Select(g => g.GroupId), Is.EquivalentTo(new[] { "low-vision", "colour-vision" }));
    }

    [TestCase(Impact.Critical, BarrierSeverity.Blocker)]
    [TestCase(Impact.Serious, BarrierSeverity.Major)]
    [TestCase(Impact.Moderate, BarrierSeverity.Minor)]
    [TestCase(Impact.Minor, BarrierSeverity.Minor)]
    [TestCase(null, BarrierSeverity.Minor)]
    public void Fallback_takes_severity_from_impact(Impact? impact, BarrierSeverity expected)
    {
        var mapping = Model.BarrierMap.Resolve("future-rule", "axe", ["cat.text-alternatives"], impact);
        Assert.That(mapping.IsFallback, Is.True);
        Assert.That(mapping.Groups["screen-reader"], Is.EqualTo(expected));
    }

    [Test]
    public void Fallback_gives_secondary_groups_one_step_less()
    {
        var mapping = Model.BarrierMap.Resolve("future-form-rule", "axe", ["cat.forms"], Impact.Critical);
        Assert.That(mapping.Groups["screen-reader"], Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(mapping.Groups["cognitive"], Is.EqualTo(BarrierSeverity.Major));
    }

    [TestCase("cat.color", "low-vision")]
    [TestCase("cat.keyboard", "motor")]
    [TestCase("cat.text-alternatives", "screen-reader")]
    [TestCase("cat.forms", "cognitive")]
    [TestCase("cat.aria", "screen-reader")]
    [TestCase("cat.name-role-value", "screen-reader")]
    [TestCase("cat.language", "literacy-language")]
    [TestCase("cat.time-and-media", "deaf")]
    [TestCase("cat.structure", "screen-reader")]
    [TestCase("cat.semantics", "screen-reader")]
    [TestCase("cat.parsing", "screen-reader")]
    [TestCase("cat.tables", "screen-reader")]
    [TestCase("cat.sensory-and-visual-cues", "cognitive")]
    public void Fallback_maps_each_axe_category(string tag, string group)
    {
        var mapping = Model.BarrierMap.Resolve("future-rule", "axe", [tag], Impact.Serious);
        Assert.That(mapping.Groups.Keys, Does.Contain(group));
    }

    [Test]
    public void A_check_with_no_known_category_still_counts_against_the_default_group()
    {
        var mapping = Model.BarrierMap.Resolve("mystery", "somebody-else", [], null);
        Assert.That(mapping.IsFallback, Is.True);
        Assert.That(mapping.Groups.Keys, Is.EquivalentTo(new[] { "screen-reader" }));
    }

    [Test]
    public void A_finding_without_impact_uses_its_worst_node_impact()
    {
        var finding = ExclusionBuild.Violation("future-rule", tags: "cat.color") with
        {
            Nodes =
            [
                new FindingNode { Target = ElementTarget.FromSelector("a"), Impact = Impact.Minor },
                new FindingNode { Target = ElementTarget.FromSelector("b"), Impact = Impact.Critical },
            ],
        };
        Assert.That(Model.BarrierMap.Resolve(finding).Groups["low-vision"], Is.EqualTo(BarrierSeverity.Blocker));
    }

    [Test]
    public void Every_explicit_mapping_has_a_single_line_rationale()
    {
        foreach (var mapping in Model.BarrierMap.Mappings)
        {
            Assert.That(mapping.Rationale, Does.Not.Contain('\n'), mapping.RuleId);
            Assert.That(mapping.Rationale.Length, Is.InRange(20, 200), mapping.RuleId);
        }
    }
}
