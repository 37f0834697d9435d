using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// Everything the assessment takes from the pages, read in one pass that holds no page, so pages on disk
/// are read once: each scanned URL's barriers and title, every page's addresses (for journey steps), the
/// mappings used, the failed WCAG rules, the review worklist and the pages that could not be scanned.
/// </summary>
internal sealed class PageEvidence
{
    private readonly Dictionary<string, (BarrierCollector Barriers, string? Title)> _scanned = new(StringComparer.Ordinal);
    private readonly List<string> _scannedOrder = [];
    private readonly List<(string Url, string? FinalUrl)> _addresses = [];
    private readonly Dictionary<(string Source, string RuleId), BarrierMapping> _mappings = [];
    private readonly HashSet<string> _wcagFailures = new(StringComparer.Ordinal);
    private readonly HashSet<(string Url, string RuleId)> _worklist = [];
    private readonly HashSet<string> _unscanned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    private PageEvidence()
    {
    }

    /// <summary>Scanned URLs in the order first met, each with its barriers (results for one URL merged) and first title.</summary>
    public IReadOnlyList<(string Url, IReadOnlyList<PageBarrier> Barriers, string? Title)> Scanned =>
        _scannedOrder.Select(url => (url, _scanned[url].Barriers.ToList(), _scanned[url].Title)).ToList();

    /// <summary>Every page's requested and final URL, in page order.</summary>
    public IReadOnlyList<(string Url, string? FinalUrl)> Addresses => _addresses;

    public IReadOnlyList<BarrierMapping> Mappings =>
        _mappings.Values.OrderBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.RuleId, StringComparer.Ordinal).ToList();

    /// <summary>Rules with a confirmed WCAG violation on a scanned page, in ordinal order.</summary>
    public IReadOnlyList<string> WcagFailures => _wcagFailures.Order(StringComparer.Ordinal).ToList();

    /// <summary>The manual-review worklist: distinct (page, rule) pairs that need a person to judge them.</summary>
    public int Worklist => _worklist.Count;

    /// <summary>Distinct URLs that could not be loaded or scanned.</summary>
    public int UnscannedUrls => _unscanned.Count;

    public static PageEvidence Read(IEnumerable<PageResult> pages, BarrierMap map)
    {
        var evidence = new PageEvidence();
        foreach (var page in pages)
        {
            evidence.Add(page, map);
        }

        return evidence;
    }

    /// <summary>One instance of each text the assessment keeps, however many pages repeat it.</summary>
    private string Share(string text)
    {
        if (!_texts.TryGetValue(text, out var shared))
        {
            _texts[text] = shared = text;
        }

        return shared;
    }

    private void Add(PageResult page, BarrierMap map)
    {
        _addresses.Add((page.Url, page.FinalUrl));
        if (!page.WasScanned)
        {
            _unscanned.Add(page.Url);
            return;
        }

        if (!_scanned.TryGetValue(page.Url, out var entry))
        {
            entry = (new BarrierCollector(map, Share), null);
            _scannedOrder.Add(page.Url);
        }

        entry.Barriers.Add(page);
        _scanned[page.Url] = entry with { Title = entry.Title ?? (string.IsNullOrWhiteSpace(page.Title) ? null : page.Title) };

        foreach (var finding in page.Findings)
        {
            var rule = (finding.Source.ToLowerInvariant(), finding.RuleId.ToLowerInvariant());
            if (!_mappings.ContainsKey(rule))
            {
                _mappings[rule] = map.Resolve(finding);
            }

            if (finding.Outcome == FindingOutcome.Violation && finding.Category == RuleCategory.Wcag)
            {
                _wcagFailures.Add(finding.RuleId);
            }
            else if (finding.Outcome == FindingOutcome.NeedsReview)
            {
                _worklist.Add((page.Url, finding.RuleId));
            }
        }
    }
}
