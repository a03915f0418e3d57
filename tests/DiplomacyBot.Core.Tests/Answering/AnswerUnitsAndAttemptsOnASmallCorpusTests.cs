using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of Zambezi water talks): a length of time asked in one unit is not answered
/// in another, "how much" is answered by an amount and not by a count, an outcome only tried for is not reported yet,
/// a cue word typed with a slip is read as the word it was meant as, and a report of another event does not answer for
/// the one asked about.
/// </summary>
public sealed class AnswerUnitsAndAttemptsOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("z1", "2024-04-09", "Zambezi water talks in Lusaka",
            "Zambia and Zimbabwe held Zambezi water talks in Lusaka on Tuesday. The water ministers met for nine hours before adjourning. Zimbabwe asked Zambian banks to extend its credit lines for 60 days."),
        ("z2", "2024-04-16", "Kariba dam repairs",
            "Some 4,000 workers are repairing the Kariba dam wall, the river authority said."),
        ("z4", "2024-04-17", "Batoka gorge plans",
            "The Batoka gorge dam will cost 300 mln dlrs, the authority said."),
        ("z3", "2024-04-20", "Talks on a joint water charter",
            "Negotiators were trying to reach agreement on a joint water charter for the Zambezi. Zambia also wanted a debt deal with Zimbabwe to allow power imports."),
        ("b1", "2024-04-26", "Border talks end without accord",
            "Zambia and Zimbabwe ended their border talks in Livingstone without an accord on the Chirundu crossing and called for another meeting."),
        ("g1", "2024-04-22", "Arms talks resume in Geneva",
            "Arms talks resumed in Geneva, where the US team is headed by Lena Marsh."),
        ("g2", "2024-04-23", "Copper producers meet in Geneva",
            "Copper talks opened in Geneva under United Nations auspices, with producers and consumers seeking a price pact."));

    [Fact]
    public async Task HowManyHours_IsAnsweredInHours_AndNotByALengthInDays()
    {
        Answer hours = await Corpus.AskAsync("how many hours did the water ministers meet in lusaka?");
        Answer hoursOfCredit = await Corpus.AskAsync("for how many hours did zambian banks extend zimbabwe's credit lines?");
        Answer days = await Corpus.AskAsync("for how many days did zambian banks extend zimbabwe's credit lines?");

        Assert.False(hours.Abstained);
        Assert.StartsWith("Nine hours", hours.Lead, StringComparison.Ordinal);
        Assert.True(hoursOfCredit.Abstained);
        Assert.False(days.Abstained);
        Assert.StartsWith("60 days", days.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowMuch_IsAnsweredByAnAmount_NotByACount()
    {
        Answer cost = await Corpus.AskAsync("how much will the batoka gorge dam cost?");
        Answer repairs = await Corpus.AskAsync("how much are the kariba dam wall repairs costing?");

        Assert.False(cost.Abstained);
        Assert.StartsWith("300 mln dlrs", cost.Lead, StringComparison.Ordinal);
        Assert.True(repairs.Abstained);
        Assert.DoesNotContain("4,000", repairs.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutcomeTheReportsOnlyTryFor_IsNotReportedYet()
    {
        Answer agreed = await Corpus.AskAsync("what did the negotiators finally agree on the joint water charter?");
        Answer signed = await Corpus.AskAsync("did zambia and zimbabwe sign the debt deal in the end?");

        Assert.Equal(AnswerOutcome.NotYetReported, agreed.Outcome);
        Assert.Contains("trying to reach agreement", agreed.Lead, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotYetReported, signed.Outcome);
        Assert.Contains("wanted a debt deal", signed.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACueWordTypedWithASlip_IsReadAsTheWordItWasMeantAs()
    {
        Answer when = await Corpus.AskAsync("wen did zambia and zimbabwe hold the zambezi water talks?");
        Answer actually = await Corpus.AskAsync("did zambia actualy sign the debt deal with zimbabwe?");

        Assert.False(when.Abstained);
        Assert.Contains("9 Apr 2024", when.Lead, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotYetReported, actually.Outcome);
    }

    [Fact]
    public async Task AReportOfAnotherEvent_DoesNotAnswerForTheEventAskedAbout()
    {
        Answer arms = await Corpus.AskAsync("who led the us team at the geneva arms talks?");
        Answer copper = await Corpus.AskAsync("who led the us team at the geneva copper talks?");

        Assert.False(arms.Abstained);
        Assert.StartsWith("Lena Marsh", arms.Lead, StringComparison.Ordinal);
        Assert.True(copper.Abstained);
        Assert.DoesNotContain("Marsh", copper.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatCameOfTheNextMeeting_WhenTheReportsOnlyCallForIt_IsNotReportedYet()
    {
        Answer agreed = await Corpus.AskAsync("what did zambia and zimbabwe agree on the chirundu crossing at the follow-up meeting?");
        Answer signed = await Corpus.AskAsync("did zambia and zimbabwe sign a border accord at their next meeting?");

        Assert.Equal(AnswerOutcome.NotYetReported, agreed.Outcome);
        Assert.Contains("called for another meeting", agreed.Lead, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotYetReported, signed.Outcome);
    }
}
