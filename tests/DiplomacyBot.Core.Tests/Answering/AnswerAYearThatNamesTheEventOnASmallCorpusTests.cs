using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports from 2024 on a development bank's meetings): a year that names which event a
/// question is about ("its 2026 annual meeting") does not make reports from before that year too early to answer, unless
/// the question asks how the event went; nor does a year a report itself speaks of ("an aid programme for 2026"),
/// unless what was done in it is asked; and a word of the question in "-ing" is found in a report in another form of
/// the verb ("asking": "asked").
/// </summary>
public sealed class AnswerAYearThatNamesTheEventOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-04-09", "Norland bank picks venues",
            "The Norland Development Bank's 2026 annual meeting will be held in Tromso, its president announced."),
        ("d2", "2024-04-16", "Vesterland seeks damages from Union Bank",
            "Vesterland has asked Union Bank to pay 40 mln crowns for the losses of its pension fund."),
        ("d3", "2024-04-20", "Norland aid programme",
            "The Norland Development Bank said it had agreed a 300 mln crown aid programme for Varberg for 2026."));

    [Fact]
    public async Task WhereAnEventNamedByItsYearIsToBeHeld_IsAnsweredByAnEarlierReport()
    {
        Answer answer = await Corpus.AskAsync("where's the norland development bank holding its 2026 annual meeting?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Tromso", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowAnEventNamedByItsYearWent_IsNotToldByAReportFromBeforeIt()
    {
        Answer answer = await Corpus.AskAsync("where was the norland development bank's 2026 annual meeting held?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Equal(AnswerOutcome.OutsidePeriod, answer.Outcome);
    }

    [Fact]
    public async Task AFigureForAYearAReportLooksAheadTo_IsAnsweredByThatReport()
    {
        Answer answer = await Corpus.AskAsync("norland development bank aid for varberg in 2026 - how much?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("300 mln crown", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasPaidInAYear_IsNotToldByAReportFromBeforeIt_ThoughItSpeaksOfThatYear()
    {
        Answer answer = await Corpus.AskAsync("how much aid did the norland development bank pay varberg in 2026?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AWordInIng_IsFoundInAnotherFormOfTheVerb()
    {
        Answer answer = await Corpus.AskAsync("how much is vesterland asking union bank to pay?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("40 mln crowns", answer.Lead, StringComparison.Ordinal);
    }
}
