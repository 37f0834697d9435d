using System.Text.RegularExpressions;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// English readability measures: Flesch–Kincaid grade, SMOG grade and Flesch reading ease, from words,
/// sentences and a heuristic syllable count. Pure and deterministic; the formulas are the published ones.
/// A UK "reading age" is the US grade plus 5 (grade 4 ≈ reading age 9).
/// </summary>
internal static partial class Readability
{
    /// <summary>UK reading age = US school grade + 5 (children start US grade 1 at about 6).</summary>
    public const double ReadingAgeOffset = 5;

    /// <summary>GOV.UK content design: keep sentences to 25 words or fewer.</summary>
    public const int LongSentenceWords = 25;

    /// <summary>Abbreviations that end a word but not a sentence.</summary>
    private static readonly HashSet<string> NonTerminalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "approx", "dept", "tel", "e.g", "i.e", "eg", "ie",
    };

    public static ReadabilityScore Analyse(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var words = 0;
        var sentences = 0;
        var syllables = 0;
        var polysyllables = 0;
        var longSentences = new List<SentenceInfo>();
        SentenceInfo? longest = null;
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var sentence in SplitSentences(segments[s]))
            {
                var sentenceWords = Words(sentence);
                if (sentenceWords.Count == 0)
                {
                    continue;
                }

                sentences++;
                words += sentenceWords.Count;
                foreach (var word in sentenceWords)
                {
                    var count = CountSyllables(word);
                    syllables += count;
                    if (count >= 3)
                    {
                        polysyllables++;
                    }
                }

                var info = new SentenceInfo(s, sentence, sentenceWords.Count);
                if (longest is null || info.Words > longest.Words)
                {
                    longest = info;
                }

                if (info.Words > LongSentenceWords)
                {
                    longSentences.Add(info);
                }
            }
        }

        return new ReadabilityScore(words, sentences, syllables, polysyllables, longest, longSentences);
    }

    /// <summary>Splits text at sentence-ending punctuation followed by a space and a capital, digit or quote.</summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        var start = 0;
        foreach (Match match in SentenceEnd().Matches(text))
        {
            var end = match.Index + match.Length;
            var candidate = text[start..end].Trim();
            var lastWord = LastWord().Match(candidate).Value.TrimEnd('.');
            if (candidate.EndsWith('.') && NonTerminalAbbreviations.Contains(lastWord))
            {
                continue;
            }

            if (candidate.Length > 0)
            {
                result.Add(candidate);
            }

            start = end;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            result.Add(rest);
        }

        return result;
    }

    /// <summary>Word tokens: runs of letters and digits with inner apostrophes or hyphens.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordToken().Matches(text ?? string.Empty).Select(m => m.Value).ToList();

    /// <summary>
    /// Vowel-group count with the usual English corrections (silent final e, -ed after other than t/d,
    /// two-syllable vowel pairs such as "ia" and "iu"). Numbers count as one syllable. Never less than 1.
    /// </summary>
    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // Hyphenated compounds are read as their parts: face-to-face, pre-booked.
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            return parts.Sum(CountSyllables);
        }

        var w = new string(word.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        if (w.Length == 0)
        {
            return word.Any(char.IsDigit) ? 1 : 0;
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        var stem = SilentEnding().Replace(w, string.Empty);
        stem = LeadingY().Replace(stem, string.Empty);
        var count = VowelGroup().Matches(stem).Count;

        // Vowel pairs read as two syllables: medium, radio, media, actual, autism.
        count += SplitPairIu().Matches(stem).Count;
        count += SplitPairIa().Matches(stem).Count;
        count += SplitPairIo().Matches(stem).Count;
        count += SplitPairUa().Matches(stem).Count;
        if (w.EndsWith("ism", StringComparison.Ordinal))
        {
            count++;
        }

        // British -re after a consonant is a syllable of its own: centre, litre, fibre.
        if (ConsonantRe().IsMatch(w))
        {
            count++;
        }

        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[.!?]+[""'”’)]*\s+(?=[\p{Lu}\p{N}""'“‘(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}.]+\.?$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordToken();

    // -es/-ed/-e after a consonant other than l are silent ("makes", "named", "made"), -ted/-ded are not.
    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[^aeiouyr]re$")]
    private static partial Regex ConsonantRe();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingY();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    [GeneratedRegex("iu")]
    private static partial Regex SplitPairIu();

    // "ia" except in -cial/-tial/-cian/-tian (special, partial, physician).
    [GeneratedRegex("(?<![ct])ia")]
    private static partial Regex SplitPairIa();

    // "io" except in -tion/-sion/-cious/-tious/-gion (nation, precious, region).
    [GeneratedRegex("(?<![tscg])io")]
    private static partial Regex SplitPairIo();

    // "ua" except after q and g (quality, guard).
    [GeneratedRegex("(?<![qg])ua")]
    private static partial Regex SplitPairUa();
}

/// <summary>A sentence, the segment (block of text) it came from, and its length in words.</summary>
internal sealed record SentenceInfo(int Segment, string Text, int Words);

/// <summary>Counts and grades for a passage. Grades are NaN when there is nothing to grade.</summary>
internal sealed record ReadabilityScore(int Words, int Sentences, int Syllables, int Polysyllables, SentenceInfo? Longest, IReadOnlyList<SentenceInfo> LongSentences)
{
    /// <summary>Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.</summary>
    public double FleschKincaidGrade => Words == 0 ? double.NaN : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>SMOG grade (McLaughlin 1969), normalised to 30 sentences: 1.043 × √(polysyllables × 30 / sentences) + 3.1291.</summary>
    public double SmogGrade => Sentences == 0 ? double.NaN : (1.043 * Math.Sqrt(Polysyllables * 30.0 / Sentences)) + 3.1291;

    /// <summary>Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word (higher is easier).</summary>
    public double FleschReadingEase => Words == 0 ? double.NaN : 206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words);

    public double ReadingAge => FleschKincaidGrade + Readability.ReadingAgeOffset;
}
