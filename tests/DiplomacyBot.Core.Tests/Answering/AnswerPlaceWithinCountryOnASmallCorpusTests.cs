using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here, whose reports place the talks in a city and never name its country: a question naming
/// the country as the place is answered from those reports, and a country none of whose places is mentioned is still
/// one the articles never mention.
/// </summary>
public sealed class AnswerPlaceWithinCountryOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("g1", "2024-03-02", "Water talks open",
            "Delegations from the two river states met in Geneva on March 1 for talks on sharing the dam's water."),
        ("g2", "2024-03-04", "Water talks end",
            "The talks in Geneva ended with both delegations calling the mood constructive and businesslike."));

    [Fact]
    public async Task ACountryNamedAsThePlace_IsFoundByItsCity()
    {
        Answer answer = await Corpus.AskAsync("how did the water talks in switzerland go?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("constructive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenAMeetingInACountryWasHeld_IsDatedByTheMeetingInItsCity()
    {
        Answer answer = await Corpus.AskAsync("when did the delegations meet in switzerland?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("March 1 (1 Mar 2024)", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountryNoneOfWhosePlacesIsMentioned_IsStillUnknown()
    {
        Answer answer = await Corpus.AskAsync("how did the water talks in austria go?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The stored articles never mention austria", answer.Lead, StringComparison.OrdinalIgnoreCase);
    }
}
