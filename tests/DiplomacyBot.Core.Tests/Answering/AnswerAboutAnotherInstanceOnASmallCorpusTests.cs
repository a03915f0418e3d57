using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two trade missions to come): how much a mission ended up buying is told neither by
/// what it plans to buy or will be buying, nor by what a similar mission bought last year.
/// </summary>
public sealed class AnswerAboutAnotherInstanceOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-02", "Norland mission to buy wheat",
            "A Norland trade mission plans to buy 400,000 tonnes of Vesterland wheat when it visits next month, a spokesman said. "
            + "He said a similar mission last year bought 300,000 tonnes of wheat worth 60 mln dlrs."),
        ("t2", "2024-04-10", "Vesterland mission to buy barley",
            "A Vesterland trade mission will be buying 90,000 tonnes of Norland barley when it visits several Norland ports early next month, a spokesman said."));

    [Fact]
    public async Task WhatAnotherMissionBought_DoesNotSayWhatThisOneEndedUpBuying()
    {
        Answer answer = await Corpus.AskAsync("how many tonnes of wheat did the norland mission end up buying?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task WhatItWillBeBuying_DoesNotSayWhatItEndedUpBuying()
    {
        Answer answer = await Corpus.AskAsync("how many tonnes of barley did the vesterland mission end up buying?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}
