using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using static A11yAudit.Tests.Exclusion.ExclusionBuild;

namespace A11yAudit.Tests.Exclusion;

/// <summary>Generates varied sites (pages, findings, journeys) from a seed, for property tests.</summary>
internal sealed class RandomSite(int seed)
{
    private static readonly string[] AxeRules =
    [
        "label", "color-contrast", "region", "heading-order", "target-size", "video-caption", "link-name", "image-alt",
        "meta-viewport", "bypass", "autocomplete-valid", "frame-focusable-content", "list", "document-title",
        "link-in-text-block", "no-autoplay-audio", "html-lang-valid", "scrollable-region-focusable",
    ];

    private static readonly string[] OwnChecks = ["keyboard-trap", "plain-language", "reflow", "time-limits", "low-bandwidth", "moving-content", "captcha"];

    private static readonly string[] Categories = ["cat.color", "cat.forms", "cat.keyboard", "cat.time-and-media", "cat.language", "cat.tables"];

    private static readonly string[] Weights = ["critical", "important", "other"];

    private readonly Random _random = new(seed);

    public List<PageResult> Pages { get; } = [];

    public List<JourneyOptions> Journeys { get; } = [];

    public RandomSite Generate(bool withJourneys = true)
    {
        var count = _random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            var findings = Enumerable.Range(0, _random.Next(0, 5)).Select(_ => NextFinding()).ToArray();
            Pages.Add(Page($"/p{i}", findings));
        }

        if (_random.Next(4) == 0)
        {
            Pages.Add(FailedPage("/down"));
        }

        var journeys = withJourneys ? _random.Next(0, 4) : 0;
        for (var j = 0; j < journeys; j++)
        {
            var steps = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => NextStep(count)).ToArray();
            Journeys.Add(Journey($"Journey {j}", Weights[_random.Next(Weights.Length)], steps));
        }

        return this;
    }

    public Finding NextFinding(FindingOutcome? outcome = null)
    {
        var chosen = outcome ?? (_random.NextDouble() < 0.7 ? FindingOutcome.Violation : FindingOutcome.NeedsReview);
        return _random.Next(10) switch
        {
            < 6 => Violation(AxeRules[_random.Next(AxeRules.Length)]) with { Outcome = chosen },
            < 8 => Own(OwnChecks[_random.Next(OwnChecks.Length)], chosen),
            _ => Violation(
                "future-rule-" + _random.Next(3),
                impact: (Impact)_random.Next(1, 5),
                tags: Categories[_random.Next(Categories.Length)]) with { Outcome = chosen },
        };
    }

    public int NextIndex(int count) => _random.Next(count);

    private string NextStep(int pageCount) => _random.Next(8) switch
    {
        0 => "/missing",
        1 => "^.*/p[01]$",
        2 => Origin + $"/p{_random.Next(pageCount)}/",
        _ => $"/p{_random.Next(pageCount)}",
    };
}
