using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two trade delegations to come): how much a delegation ended up selling is told
/// neither by what it plans to sell or will be selling, nor by what a similar delegation sold last year.
/// </summary>
public sealed class AnswerAboutAnotherInstanceOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-02", "Norland delegation to sell wheat",
            "A Norland trade delegation plans to sell 400,000 tonnes of Vesterland wheat when it visits next month, a spokesman said. "
            + "He said a similar delegation last year sold 300,000 tonnes of wheat worth 60 mln dlrs."),
        ("t2", "2024-04-10", "Vesterland delegation to sell barley",
            "A Vesterland trade delegation will be selling 90,000 tonnes of Norland barley when it visits several Norland ports early next month, a spokesman said."));

    [Fact]
    public async Task WhatAnotherDelegationSold_DoesNotSayWhatThisOneEndedUpSelling()
    {
        Answer answer = await Corpus.AskAsync("how many tonnes of wheat did the norland delegation end up selling?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task WhatItWillBeSelling_DoesNotSayWhatItEndedUpSelling()
    {
        Answer answer = await Corpus.AskAsync("how many tonnes of barley did the vesterland delegation end up selling?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}
