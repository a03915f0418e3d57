using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "when must returns be filed this year?" is answered by the date the sentence
/// gives, not by "this year", which the sentence shares with the question.
/// </summary>
public sealed class AnswerWhenATimeTheQuestionStatesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-01-12", "Norland opens filing season",
            "The Norland tax agency began accepting returns on Monday. "
            + "Around 2 million returns are to be filed this year, \"mostly before the April 20 deadline,\" the agency said."));

    [Theory]
    [InlineData("when must returns be filed this year?")]
    [InlineData("by when are returns to be filed this year?")]
    [InlineData("when is the deadline for returns to be filed this year?")]
    public async Task ATimeTheQuestionStatesItself_IsNotTheAnswer(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("April 20", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("This year", answer.Lead, StringComparison.Ordinal);
    }
}
