using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a general strike with injuries, and a border clash with deaths): "how many were
/// killed?" is answered by a count of the killed, not by the count of the injured in the story the question is about;
/// a word for the deed no article uses is not asked of them.
/// </summary>
public sealed class AnswerCountedDeedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("g1", "2024-03-26", "Violence in Quito general strike",
            "At least 14 people were injured and many arrested in clashes during a one-day general strike in Quito. "
            + "The unions called the strike to protest against fuel price rises."),
        ("b1", "2024-03-20", "Border clash",
            "Two soldiers were killed in a clash on the northern border, the army said."));

    [Fact]
    public async Task ACountOfTheInjured_DoesNotSayHowManyWereKilled()
    {
        Answer answer = await Corpus.AskAsync("how many people were killed in the clashes during the quito general strike?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("14", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfTheDeedAsked_Answers()
    {
        Answer answer = await Corpus.AskAsync("how many people were injured in the clashes during the quito general strike?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.True(answer.Lead.StartsWith("14 people were injured", StringComparison.Ordinal), answer.Lead);
    }

    [Fact]
    public async Task ADeedInAWordNoArticleUses_IsNotAskedOfThem()
    {
        Answer answer = await Corpus.AskAsync("how many people were roughed up in the clashes during the quito general strike?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("14", answer.Lead, StringComparison.Ordinal);
    }
}
