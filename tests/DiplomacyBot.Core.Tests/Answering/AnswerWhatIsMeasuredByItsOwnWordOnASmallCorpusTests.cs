using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a question for a figure of one measure ("what contribution rate ...?") is answered by
/// a sentence that names that measure in any of its endings, not by one whose word only begins alike ("contract").
/// </summary>
public sealed class AnswerWhatIsMeasuredByItsOwnWordOnASmallCorpusTests
{
    private const string Question = "what contribution rate did the varberg pension fund set?";

    [Fact]
    public async Task AWordThatOnlyBeginsAlike_DoesNotNameTheMeasure()
    {
        Answer answer = await SmallCorpus.Of(
            ("p1", "2024-02-05", "Varberg pension fund",
                "The Varberg pension fund set a 4 pct rate on its contract payments to Lund builders."))
            .AskAsync(Question);

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task TheMeasureInAnotherEnding_NamesIt()
    {
        Answer answer = await SmallCorpus.Of(
            ("p2", "2024-02-06", "Varberg pension fund",
                "The Varberg pension fund set members' contributions at a rate of 6 pct of pay."))
            .AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("6 pct", answer.Lead, StringComparison.Ordinal);
    }
}
