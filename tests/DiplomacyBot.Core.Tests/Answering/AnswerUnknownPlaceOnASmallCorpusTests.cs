using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here, which speaks of new flights but never of New York: a question naming a place of two
/// words that no article mentions is told so with the place's whole name, not with one of its words.
/// </summary>
public sealed class AnswerUnknownPlaceOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("a1", "2024-05-02", "Airline plans new routes",
            "The airline said on Thursday it would open new routes to Lisbon and Madrid once its permits are renewed."));

    [Fact]
    public async Task APlaceNoArticleMentions_IsNamedWhole()
    {
        Answer answer = await Corpus.AskAsync("has the airline been cleared to fly to new york yet?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The stored articles never mention New York.", answer.Lead, StringComparison.Ordinal);
    }
}
