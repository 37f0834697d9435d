using System.Reflection;
using System.Text.RegularExpressions;
using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Every rule of the bundled axe-core must count against someone; the WCAG ones must be mapped by hand.</summary>
public sealed partial class AxeCoverageTests
{
    private static readonly string[] WcagLevelTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly AxeRulesSnapshot Snapshot = AxeRulesSnapshot.Load();
    private static readonly BarrierMap Map = ExclusionModel.LoadDefault().BarrierMap;

    [GeneratedRegex("\\{id:\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex RuleObject();

    [Test]
    public void Snapshot_is_for_the_axe_version_the_map_was_written_against()
    {
        Assert.That(Snapshot.AxeVersion, Is.EqualTo(Map.AxeVersion));
        Assert.That(Snapshot.Rules, Has.Count.GreaterThan(90));
    }

    [Test]
    public void Every_rule_with_a_wcag_A_or_AA_tag_has_an_explicit_mapping()
    {
        var missing = Snapshot.Rules
            .Where(r => r.Tags.Intersect(WcagLevelTags).Any())
            .Where(r => Map.FindExplicit(r.RuleId, RuleSources.Axe) is null)
            .Select(r => r.RuleId)
            .ToList();
        Assert.That(missing, Is.Empty, "WCAG A/AA rules without an explicit barrier mapping");
    }

    [Test]
    public void Every_bundled_rule_has_an_explicit_mapping()
    {
        var missing = Snapshot.Rules.Where(r => Map.FindExplicit(r.RuleId, RuleSources.Axe) is null).Select(r => r.RuleId).ToList();
        Assert.That(missing, Is.Empty, "bundled axe rules without an explicit barrier mapping");
    }

    [Test]
    public void Every_bundled_rule_also_resolves_through_the_fallback_alone()
    {
        // Guards the path a future axe version takes: a rule nobody mapped must still affect at least one group.
        foreach (var rule in Snapshot.Rules)
        {
            var mapping = Map.Fallback.Resolve(rule.RuleId, RuleSources.Axe, rule.Tags, ParseImpact(rule.Impact));
            Assert.That(mapping.Groups, Is.Not.Empty, rule.RuleId);
            Assert.That(mapping.IsFallback, Is.True, rule.RuleId);
        }
    }

    [Test]
    public void Every_bundled_rule_maps_to_known_groups_with_a_rationale()
    {
        var groups = ExclusionModel.LoadDefault().Groups;
        foreach (var rule in Snapshot.Rules)
        {
            var mapping = Map.Resolve(rule.RuleId, RuleSources.Axe, rule.Tags, ParseImpact(rule.Impact));
            Assert.That(mapping.Rationale, Is.Not.Empty, rule.RuleId);
            Assert.That(mapping.Groups.Keys.Select(groups.Find), Has.None.Null, rule.RuleId);
        }
    }

    [Test]
    public void Snapshot_matches_the_rules_in_the_bundled_axe_script()
    {
        var script = BundledAxeScript();
        Assert.That(script, Does.Contain("axe v" + Snapshot.AxeVersion));

        // The rules array sits between "rules:[" and the "checks:[" array in axe.min.js.
        var start = script.IndexOf("rules:[{id:\"", StringComparison.Ordinal);
        var end = script.IndexOf("checks:[", start, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0));
        Assert.That(end, Is.GreaterThan(start));
        var idsInScript = RuleObject().Matches(script[start..end]).Select(m => m.Groups[1].Value).ToList();

        Assert.That(idsInScript, Has.Count.EqualTo(Snapshot.Rules.Count));
        Assert.That(idsInScript, Is.EquivalentTo(Snapshot.Rules.Select(r => r.RuleId)));
    }

    private static string BundledAxeScript()
    {
        var assembly = Assembly.Load(new AssemblyName("Deque.AxeCore.Commons"));
        using var stream = assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Impact? ParseImpact(string? impact) =>
        Enum.TryParse<Impact>(impact, ignoreCase: true, out var parsed) ? parsed : null;
}
