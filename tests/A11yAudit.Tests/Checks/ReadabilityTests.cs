using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class ReadabilityTests
{
    [TestCase("cat", 1)]
    [TestCase("the", 1)]
    [TestCase("made", 1)]
    [TestCase("makes", 1)]
    [TestCase("named", 1)]
    [TestCase("blood", 1)]
    [TestCase("year", 1)]
    [TestCase("table", 2)]
    [TestCase("wanted", 2)]
    [TestCase("happy", 2)]
    [TestCase("nation", 2)]
    [TestCase("results", 2)]
    [TestCase("people", 2)]
    [TestCase("special", 2)]
    [TestCase("yellow", 2)]
    [TestCase("doctor", 2)]
    [TestCase("centre", 2)]
    [TestCase("fibre", 2)]
    [TestCase("care", 1)]
    [TestCase("before", 2)]
    [TestCase("radio", 3)]
    [TestCase("medium", 3)]
    [TestCase("media", 3)]
    [TestCase("actual", 3)]
    [TestCase("autism", 3)]
    [TestCase("quality", 3)]
    [TestCase("hospital", 3)]
    [TestCase("appointment", 3)]
    [TestCase("prescription", 3)]
    [TestCase("glycated", 3)]
    [TestCase("cholesterol", 4)]
    [TestCase("available", 4)]
    [TestCase("information", 4)]
    [TestCase("vaccination", 4)]
    [TestCase("haemoglobin", 4)]
    [TestCase("face-to-face", 3)]
    [TestCase("pre-booked", 2)]
    [TestCase("2025", 1)]
    [TestCase("GP's", 1)]
    public void SyllablesAreCountedForCommonWords(string word, int expected) =>
        Assert.That(Readability.CountSyllables(word), Is.EqualTo(expected));

    [Test]
    public void SentencesSplitAtEndPunctuationButNotAtTitlesOrDecimals()
    {
        var sentences = Readability.SplitSentences("Your result is 5.8 mmol/L. See Dr. Patel soon! Is that OK? e.g. call us. Thanks");
        Assert.That(sentences, Is.EqualTo(new[] { "Your result is 5.8 mmol/L.", "See Dr. Patel soon!", "Is that OK? e.g. call us.", "Thanks" }));
    }

    [Test]
    public void WordsKeepApostrophesAndHyphens() =>
        Assert.That(Readability.Words("It's a face-to-face visit, isn't it?"), Is.EqualTo(new[] { "It's", "a", "face-to-face", "visit", "isn't", "it" }));

    [Test]
    public void FleschKincaidMatchesTheFormulaForASimpleSentence()
    {
        // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
        var score = Readability.Analyse(["The cat sat on the mat."]);
        Assert.Multiple(() =>
        {
            Assert.That(score.Words, Is.EqualTo(6));
            Assert.That(score.Sentences, Is.EqualTo(1));
            Assert.That(score.Syllables, Is.EqualTo(6));
            Assert.That(score.FleschKincaidGrade, Is.EqualTo(-1.45).Within(1e-9));
            Assert.That(score.FleschReadingEase, Is.EqualTo(206.835 - 1.015 * 6 - 84.6).Within(1e-9));
            Assert.That(score.ReadingAge, Is.EqualTo(-1.45 + 5).Within(1e-9));
        });
    }

    [Test]
    public void SmogUsesPolysyllablesPerThirtySentences()
    {
        // "Cholesterol" and "medication" have 3+ syllables: 2 polysyllables in 2 sentences.
        var score = Readability.Analyse(["Cholesterol is high.", "Take your medication."]);
        Assert.That(score.Polysyllables, Is.EqualTo(2));
        Assert.That(score.SmogGrade, Is.EqualTo((1.043 * Math.Sqrt(2 * 30.0 / 2)) + 3.1291).Within(1e-9));
    }

    [Test]
    public void PlainTextScoresLowerThanJargon()
    {
        var plain = Readability.Analyse(["Your blood test is normal. You do not need to do anything. We will text you if this changes."]);
        var jargon = Readability.Analyse(["Haematological parameters demonstrated normocytic indices with unremarkable leucocyte differential, necessitating no further investigation notwithstanding borderline hyperlipidaemia."]);
        Assert.That(plain.FleschKincaidGrade, Is.LessThan(4));
        Assert.That(jargon.FleschKincaidGrade, Is.GreaterThan(15));
    }

    [Test]
    public void LongSentencesAreThoseOverTwentyFiveWordsWithTheirSegment()
    {
        var longOne = string.Join(' ', Enumerable.Repeat("word", 26)) + ".";
        var score = Readability.Analyse(["Short one.", longOne]);
        Assert.That(score.LongSentences, Has.Count.EqualTo(1));
        Assert.That(score.LongSentences[0].Segment, Is.EqualTo(1));
        Assert.That(score.LongSentences[0].Words, Is.EqualTo(26));
        Assert.That(score.Longest!.Words, Is.EqualTo(26));
    }

    [Test]
    public void EmptyTextHasNoGrade()
    {
        var score = Readability.Analyse([]);
        Assert.That(score.Words, Is.Zero);
        Assert.That(double.IsNaN(score.FleschKincaidGrade), Is.True);
    }
}
