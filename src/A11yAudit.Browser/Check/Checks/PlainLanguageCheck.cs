using System.Globalization;
using System.Text.RegularExpressions;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// WCAG 3.1.5 Reading Level (AAA), and the NHS and GOV.UK plain-English standards: the main content's
/// Flesch–Kincaid grade and SMOG grade, sentences over 25 words, and abbreviations not explained at first
/// use. A reading age is the grade plus 5. Always needs-review: formulas only estimate difficulty.
/// Pages with under 100 words of running text are skipped (too little to grade).
/// </summary>
public sealed partial class PlainLanguageCheck : IPageCheck
{
    /// <summary>
    /// NHS content style guide: "We aim for a reading age of 9 to 11 years old". Reading age 11 is
    /// Flesch–Kincaid grade 6, so content above grade 6 is above the top of that range.
    /// </summary>
    public const double DefaultMaxGrade = 6;

    /// <summary>Fewer words than this give unstable scores.</summary>
    public const int MinimumWords = 100;

    /// <summary>Enough text for a stable grade; more only costs time on very long pages.</summary>
    public const int MaxWordsAnalysed = 5000;

    private const int MaxLongSentences = 5;

    private const int MaxAbbreviations = 8;

    private const string HelpUrl = "https://service-manual.nhs.uk/content/how-we-write";

    /// <summary>Abbreviations so familiar to UK readers that NHS and GOV.UK style use them unexplained.</summary>
    private static readonly HashSet<string> Familiar = new(StringComparer.Ordinal)
    {
        "NHS", "GP", "UK", "OK", "AM", "PM", "TV", "PDF", "BBC", "COVID", "EU", "USA", "ID",
    };

    public PlainLanguageCheck()
        : this(DefaultMaxGrade)
    {
    }

    public PlainLanguageCheck(double maxGrade) => MaxGrade = maxGrade;

    /// <summary>Flesch–Kincaid grade above which the page is flagged (reading age = grade + 5).</summary>
    public double MaxGrade { get; }

    public string Id => "plain-language";

    public string Help => "Write in plain English: short sentences, everyday words, abbreviations explained";

    public IReadOnlyList<string> WcagCriteria { get; } = ["3.1.5"];

    public CheckCost Cost => CheckCost.Cheap;

    public Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var main = PlainTextExtractor.MainOf(context.Document);
        IReadOnlyList<Finding> none = [];
        if (main is null)
        {
            return Task.FromResult(none);
        }

        var extracted = PlainTextExtractor.Extract(main);
        var prose = Sample(extracted.TextBlocks.Where(b => b.IsProse));
        var score = Readability.Analyse(prose.Select(b => b.Text).ToList());
        if (score.Words < MinimumWords)
        {
            return Task.FromResult(none);
        }

        var nodes = new List<FindingNode>();
        if (score.FleschKincaidGrade > MaxGrade)
        {
            nodes.Add(OwnFinding.Node(HtmlNodeSelector.For(main), "<" + main.Name + ">",
                $"The main content reads at Flesch–Kincaid grade {F(score.FleschKincaidGrade)} (reading age about {F(score.ReadingAge)}), above grade {F(MaxGrade)} (reading age {F(MaxGrade + Readability.ReadingAgeOffset)}). Use shorter sentences and everyday words.",
                new Dictionary<string, string>
                {
                    ["kind"] = "reading-level",
                    ["fleschKincaidGrade"] = F(score.FleschKincaidGrade),
                    ["readingAge"] = F(score.ReadingAge),
                    ["smogGrade"] = F(score.SmogGrade),
                    ["fleschReadingEase"] = F(score.FleschReadingEase),
                    ["thresholdGrade"] = F(MaxGrade),
                    ["words"] = score.Words.ToString(CultureInfo.InvariantCulture),
                    ["sentences"] = score.Sentences.ToString(CultureInfo.InvariantCulture),
                    ["longestSentenceWords"] = (score.Longest?.Words ?? 0).ToString(CultureInfo.InvariantCulture),
                    ["longestSentence"] = OwnFinding.Truncate(score.Longest?.Text ?? string.Empty, 200),
                }));
        }

        foreach (var sentence in score.LongSentences.OrderByDescending(s => s.Words).Take(MaxLongSentences))
        {
            var block = prose[sentence.Segment].Element;
            nodes.Add(OwnFinding.Node(HtmlNodeSelector.For(block), HtmlNodeSelector.Markup(block),
                $"A sentence of {sentence.Words} words. GOV.UK and NHS guidance: keep sentences to {Readability.LongSentenceWords} words or fewer.",
                new Dictionary<string, string>
                {
                    ["kind"] = "long-sentence",
                    ["words"] = sentence.Words.ToString(CultureInfo.InvariantCulture),
                    ["sentence"] = OwnFinding.Truncate(sentence.Text, 200),
                }));
        }

        foreach (var (abbreviation, block) in UnexplainedAbbreviations(extracted).Take(MaxAbbreviations))
        {
            nodes.Add(OwnFinding.Node(HtmlNodeSelector.For(block.Element), HtmlNodeSelector.Markup(block.Element),
                $"\"{abbreviation}\" is not explained where it is first used. Write it out in full, with the abbreviation in brackets, or use <abbr title>.",
                new Dictionary<string, string>
                {
                    ["kind"] = "unexplained-abbreviation",
                    ["abbreviation"] = abbreviation,
                    ["text"] = OwnFinding.Truncate(block.Text, 160),
                }));
        }

        IReadOnlyList<Finding> findings = nodes.Count == 0 ? none : [OwnFinding.Create(this, context.Viewport, FindingOutcome.NeedsReview, Impact.Moderate,
            "Text above a plain-English reading level, long sentences and unexplained abbreviations stop many people with a learning disability, low literacy or English as a second language understanding what to do.",
            HelpUrl, nodes)];
        return Task.FromResult(findings);
    }

    /// <summary>The first blocks up to <see cref="MaxWordsAnalysed"/> words: a long page's grade is stable well before its end.</summary>
    private static List<TextBlock> Sample(IEnumerable<TextBlock> blocks)
    {
        var sample = new List<TextBlock>();
        var words = 0;
        foreach (var block in blocks)
        {
            sample.Add(block);
            words += Readability.Words(block.Text).Count;
            if (words >= MaxWordsAnalysed)
            {
                break;
            }
        }

        return sample;
    }

    /// <summary>All-capital words of 2 to 6 letters whose first use is neither in &lt;abbr title&gt; nor followed or preceded by a bracketed expansion.</summary>
    internal static IEnumerable<(string Abbreviation, TextBlock Block)> UnexplainedAbbreviations(PlainTextExtractor extracted)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in extracted.TextBlocks)
        {
            foreach (Match match in Capitals().Matches(block.Text))
            {
                var word = match.Groups["abbr"].Value;
                if (!seen.Add(word) || Familiar.Contains(word) || RomanNumeral().IsMatch(word) || extracted.ExplainedAbbreviations.Contains(word) || IsShouting(block.Text, match))
                {
                    continue;
                }

                var after = block.Text[(match.Index + match.Length)..];
                var before = block.Text[..match.Index];
                var explained = ExpansionAfter().IsMatch(after) || (before.EndsWith('(') && after.StartsWith(')'));
                if (!explained)
                {
                    yield return (word, block);
                }
            }
        }
    }

    /// <summary>Three or more capitalised words in a row are shouting (typography's concern), not abbreviations.</summary>
    private static bool IsShouting(string text, Match match)
    {
        var tokens = Token().Matches(text).ToList();
        var at = tokens.FindIndex(t => t.Index <= match.Index && match.Index < t.Index + t.Length);
        if (at < 0)
        {
            return false;
        }

        static bool Caps(Match t) => t.Length >= 2 && t.Value.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var first = at;
        while (first > 0 && Caps(tokens[first - 1]))
        {
            first--;
        }

        var last = at;
        while (last < tokens.Count - 1 && Caps(tokens[last + 1]))
        {
            last++;
        }

        return last - first + 1 >= 3;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?<abbr>[A-Z]{2,6})s?\b")]
    private static partial Regex Capitals();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[IVX]+$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"^\s*\((?=[^)]*\p{Ll})[^)]{3,}\)")]
    private static partial Regex ExpansionAfter();
}
