using CsCheck;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Text;

namespace DiplomacyBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Slice(text)).ToList();

    [Fact]
    public void Abbreviations_InitialsAndDecimals_DoNotEndSentences()
    {
        var sentences = Split("Mr. Rubio met Gen. J. Smith on Sept. 28 in the U.S. capital. Growth was 2.5 percent. Talks ended.");

        Assert.Equal(["Mr. Rubio met Gen. J. Smith on Sept. 28 in the U.S. capital.", "Growth was 2.5 percent.", "Talks ended."], sentences);
    }

    [Fact]
    public void AListNumber_StaysWithTheSentenceItOpens()
    {
        var sentences = Split("3. The delegations met in Istanbul. 12. They agreed on visas. The year 1987. Talks ended.");

        Assert.Equal(["3. The delegations met in Istanbul.", "12. They agreed on visas.", "The year 1987.", "Talks ended."], sentences);
    }

    [Fact]
    public void ClosingQuotes_StayWithTheirSentence()
    {
        var sentences = Split("“We agreed,” he said. “The talks were useful.” Then he left!");

        Assert.Equal(["“We agreed,” he said.", "“The talks were useful.”", "Then he left!"], sentences);
    }

    [Fact]
    public void TextWithoutFinalPunctuation_IsOneSentence()
    {
        Assert.Equal(["Normalisation of ties"], Split("  Normalisation of ties  "));
    }

    [Fact]
    public void Sentences_AreTrimmedOrderedNonOverlappingRangesOfTheInput()
    {
        var fragment = Gen.OneOf("The talks ended.", "Mr. Lavrov spoke", "U.S. officials agreed!", " ", "\n", "“Yes.”", "Why?", "2.5", "e.g. this", "A");
        fragment.Array[0, 30].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var spans = SentenceSplitter.Split(text, new TextSpan(0, text.Length)).ToList();
            int previousEnd = 0;
            foreach (TextSpan span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
                previousEnd = span.End;
            }

            string covered = string.Concat(spans.Select(s => s.Slice(text))).Replace(" ", "", StringComparison.Ordinal);
            Assert.Equal(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), string.Concat(covered.Where(c => !char.IsWhiteSpace(c))));
        });
    }
}
