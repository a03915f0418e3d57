using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a port board's meeting, a licence, two strikes and two pay rows): "what did the board
/// grant?" asks what was done, so it is answered by a report of the deed, not by a report that the board met on the
/// matter or that talks went on without result. What was settled is reported in any word of agreement.
/// </summary>
public sealed class AnswerWhatWasDoneOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-04-02", "Varberg port board meets on quay",
            "The Varberg port board met on Tuesday to discuss the Kroll line's request for a longer lease on the container quay."),
        ("b2", "2024-04-06", "Norland council licenses ferry",
            "The Norland town council granted Berg Freight a licence to run a night ferry from the old terminal."),
        ("s1", "2024-04-09", "Norland ferry strike goes on",
            "Talks between Kroll Shipping and the seamen's union to end the Norland ferry strike resumed on Thursday without result."),
        ("s2", "2024-04-20", "Vesterland mill strike ends",
            "Vesterland Mills conceded a shorter working week to end the four-week strike at its Berg mill, the union said."),
        ("s3", "2024-04-22", "Berg Freight pay row",
            "Berg Freight will not concede a pay rise this year and may grant only a one-off bonus, its chairman said."),
        ("d1", "2024-04-24", "Varberg dockers deal",
            "The Varberg dock unions and the port reached an agreement on a four pct pay rise, ending the overtime ban."),
        ("d2", "2024-04-25", "Norland pay row",
            "The Norland dock unions and the port hope to settle the pay row next week."));

    [Fact]
    public async Task AReportThatTheBodyMet_DoesNotSayWhatItGranted()
    {
        Answer answer = await Corpus.AskAsync("what did the varberg port board grant the kroll line on the container quay?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AReportOfTalksWithoutResult_DoesNotSayWhatWasConceded()
    {
        Answer answer = await Corpus.AskAsync("what did kroll concede in the norland ferry talks?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AReportOfTheDeed_Answers()
    {
        Answer conceded = await Corpus.AskAsync("what did vesterland mills concede in the berg mill dispute?");
        Answer granted = await Corpus.AskAsync("what did the norland council grant berg freight?");

        Assert.Contains("conceded a shorter working week", conceded.Lead, StringComparison.Ordinal);
        Assert.Contains("granted Berg Freight a licence", granted.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportThatTheDeedWillNotBeDone_DoesNotSayWhatWasDone()
    {
        Answer answer = await Corpus.AskAsync("what did berg freight concede on pay this year?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task WhatWasSettled_IsAnsweredByAnyWordOfAgreement()
    {
        Answer answer = await Corpus.AskAsync("what did the varberg dock unions settle on with the port?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("reached an agreement on a four pct pay rise", answer.Lead, StringComparison.Ordinal);
    }
}
