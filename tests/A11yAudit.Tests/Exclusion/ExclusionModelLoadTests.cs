using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Override files given through configuration: merged by id, validated, and named in errors.</summary>
public sealed class ExclusionModelLoadTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "a11yaudit-exclusion-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Defaults_load_and_are_shared()
    {
        var first = ExclusionModel.LoadDefault();
        var second = ExclusionModel.LoadDefault();
        Assert.That(second, Is.SameAs(first));
        Assert.That(first.Groups.Groups, Has.Count.GreaterThanOrEqualTo(10));
    }

    [Test]
    public void A_barrier_map_override_changes_one_rule_and_keeps_the_others()
    {
        var path = Write("map.json", """
            {
              // Panel decision: treat contrast as a blocker for low-vision users.
              "rules": [
                { "ruleId": "color-contrast", "source": "axe", "rationale": "Panel decision.", "groups": { "low-vision": "blocker" } },
              ]
            }
            """);
        var model = ExclusionModel.Load(barrierMapPath: path);

        Assert.That(model.BarrierMap.FindExplicit("color-contrast", "axe")!.Groups["low-vision"], Is.EqualTo(BarrierSeverity.Blocker));
        Assert.That(model.BarrierMap.FindExplicit("label", "axe"), Is.Not.Null);
        Assert.That(model.BarrierMap.Mappings, Has.Count.EqualTo(ExclusionModel.LoadDefault().BarrierMap.Mappings.Count));
    }

    [Test]
    public void A_barrier_map_override_naming_an_unknown_group_is_rejected_with_the_file_name()
    {
        var path = Write("bad-map.json", """
            { "rules": [ { "ruleId": "x", "source": "axe", "rationale": "Because.", "groups": { "martians": "minor" } } ] }
            """);
        Assert.That(() => ExclusionModel.Load(barrierMapPath: path),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains(path).And.Message.Contains("martians"));
    }

    [Test]
    public void A_groups_override_changes_a_figure()
    {
        var path = Write("groups.json", """
            { "groups": [ {
                "id": "deaf", "name": "Deaf and hard-of-hearing people", "description": "Broad RNID figure.",
                "population": { "count": 18000000, "counts": "adults who are deaf, have hearing loss or tinnitus",
                  "kind": "surveyEstimate", "source": "RNID", "year": "2024", "url": "https://rnid.org.uk/" } } ] }
            """);
        var model = ExclusionModel.Load(groupsPath: path);
        Assert.That(model.Groups.Get("deaf").Population.Count, Is.EqualTo(18_000_000));
        Assert.That(model.Groups.Groups, Has.Count.EqualTo(ExclusionModel.LoadDefault().Groups.Groups.Count));
    }

    [Test]
    public void A_settings_file_changes_constants_and_bad_constants_are_rejected()
    {
        var good = Write("settings.json", """{ "scoring": { "majorProbability": 0.6 }, "rating": { "maxWcagFailuresForGood": 2 } }""");
        var model = ExclusionModel.Load(settingsPath: good);
        Assert.That(model.Settings.Scoring.MajorProbability, Is.EqualTo(0.6));
        Assert.That(model.Settings.Scoring.MinorProbability, Is.EqualTo(0.1));
        Assert.That(model.Settings.Rating.MaxWcagFailuresForGood, Is.EqualTo(2));

        var bad = Write("bad-settings.json", """{ "scoring": { "minorProbability": 0.9 } }""");
        Assert.That(() => ExclusionModel.Load(settingsPath: bad), Throws.TypeOf<InvalidDataException>().With.Message.Contains(bad));
    }

    [Test]
    public void Malformed_json_is_reported_with_the_file_name()
    {
        var path = Write("broken.json", "{ \"rules\": [ ");
        Assert.That(() => ExclusionModel.Load(barrierMapPath: path), Throws.TypeOf<InvalidDataException>().With.Message.Contains(path));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
