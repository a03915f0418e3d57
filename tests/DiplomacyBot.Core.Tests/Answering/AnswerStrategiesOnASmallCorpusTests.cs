using DiplomacyBot.Core.Answering;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// Each question type's strategy, on a small corpus built here (four reports of fisheries talks), searched in memory:
/// the lead states what was asked, every quote is verbatim, and what the reports do not say is not invented.
/// </summary>
public sealed class AnswerStrategiesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2024-03-04", "Fisheries talks open in Oslo",
            "Norway and Iceland opened the first round of fisheries talks in Oslo on Monday. The talks were chaired by Norwegian negotiator Kari Holm. Officials said the two sides would discuss quotas for herring and cod."),
        ("f2", "2024-03-20", "Second round of fisheries talks set",
            "The second round of fisheries talks will be held in Reykjavik on April 10. Iceland's chief negotiator, Jon Petursson, said the talks would last three days."),
        ("f3", "2024-04-12", "Fisheries talks end with herring deal",
            "Norway and Iceland agreed on a herring quota of 400,000 tonnes at the second round of talks in Reykjavik. The agreement was reached because both fleets had exhausted their stocks. Cod quotas were left for a third round."),
        ("f4", "2024-04-20", "Fisheries talks: ministers welcome accord",
            "Fisheries ministers from both countries welcomed the herring accord on Friday. A third round of talks is planned for the autumn."),
        ("f5", "2024-03-01", "Observers named for fisheries talks",
            "The observer delegations were led by Germany's deputy fisheries minister Anna Weber and France's chief negotiator Luc Moreau."));

    private static Task<Answer> AskAsync(string question) => Corpus.AskAsync(question);

    [Fact]
    public async Task When_ANumberedEvent_IsDatedFromItsReports()
    {
        Answer answer = await AskAsync("When was the second round of fisheries talks?");

        Assert.False(answer.Abstained);
        Assert.Contains("10 April 2024", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_NamesThePlace()
    {
        Answer answer = await AskAsync("Where did the first round of fisheries talks take place?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("Oslo", answer.Lead, StringComparison.Ordinal);
        Assert.Equal("f1", answer.Citations[0].ArticleId);
    }

    [Theory]
    [InlineData("who's germany's deputy fisheries minister", "Anna Weber")]
    [InlineData("Who is Iceland's chief negotiator?", "Jon Petursson")]
    [InlineData("who's norway's negotiator", "Kari Holm (the negotiator)")]
    public async Task Who_ForATitle_NamesWhoeverTheReportsGiveIt(string question, string named)
    {
        Answer answer = await AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.StartsWith(named, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_ForATitleNoReportGives_Abstains_RatherThanNamingSomeoneElse()
    {
        // The reports name negotiators and a deputy minister, but nobody as Iceland's foreign minister.
        Answer answer = await AskAsync("who's iceland's foreign minister?");

        Assert.True(answer.Abstained);
        Assert.DoesNotContain("Petursson", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_ForAPlaceTypedInLowerCase_NamesNoOneFromAnotherPlace()
    {
        // Norway is in the reports, but the only deputy fisheries minister they name is Germany's.
        Answer answer = await AskAsync("who's norway's deputy fisheries minister");

        Assert.DoesNotContain("Weber", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_IsNotAnsweredWithASentenceThatAsksIt()
    {
        var quiz = SmallCorpus.Of(
            ("q1", "2024-03-05", "Weekly news quiz",
                "Which country hosted the first round of fisheries talks? Readers sent in their answers by Friday."),
            ("q2", "2024-03-04", "Fisheries talks open",
                "Norway hosted the first round of fisheries talks in Oslo on Monday."));
        Answer answer = await quiz.AskAsync("Which country hosted the first round of fisheries talks?");

        Assert.False(answer.Abstained);
        Assert.Contains("Norway", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.EndsWith('?'));
    }

    [Fact]
    public async Task Who_NamesThePerson_NotTheQuestionsOwnWords()
    {
        Answer answer = await AskAsync("Who chaired the fisheries talks?");

        Assert.False(answer.Abstained);
        Assert.Contains("Kari Holm", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who led the german observer delegation?", "Anna Weber", "Luc Moreau")]
    [InlineData("who led France's observers delegation?", "Luc Moreau", "Anna Weber")]
    public async Task Who_OnOneSide_NamesThatSidesPerson_NotTheOthers(string question, string named, string other)
    {
        Answer answer = await AskAsync(question);

        Assert.False(answer.Abstained);
        Assert.StartsWith(named, answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(other, answer.Lead.Split(", according to")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowMany_QuotesTheSentenceWithTheFigure()
    {
        Answer answer = await AskAsync("How many tonnes of herring was the quota?");

        Assert.False(answer.Abstained);
        Assert.Contains("400,000", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowLong_QuotesTheSentenceWithTheLengthOfTime()
    {
        Answer answer = await AskAsync("How long would the second round of fisheries talks last?");

        Assert.False(answer.Abstained);
        Assert.Contains("three days", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_LeadsWithTheSentenceThatGivesAReason()
    {
        Answer answer = await AskAsync("Why was the herring agreement reached?");

        Assert.False(answer.Abstained);
        Assert.Contains("because both fleets", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAgreed_QuotesTheAgreement()
    {
        Answer answer = await AskAsync("What did Norway and Iceland agree on herring?");

        Assert.False(answer.Abstained);
        Assert.Equal("f3", answer.Citations[0].ArticleId);
        Assert.Contains("400,000 tonnes", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_LeadsWithTheNewestReport()
    {
        Answer answer = await AskAsync("What's the latest on the fisheries talks?");

        Assert.False(answer.Abstained);
        Assert.Equal("f4", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task Summary_LeadsWithTheOpeningOfTheArticleAboutIt()
    {
        Answer answer = await AskAsync("Summarize the herring deal");

        Assert.False(answer.Abstained);
        Assert.Equal(("f3", 0), (answer.Citations[0].ArticleId, answer.Citations[0].Start));
    }

    [Fact]
    public async Task AFactTheReportsDoNotGive_IsNotInvented()
    {
        Answer answer = await AskAsync("Where will the third round of fisheries talks be held?");

        Assert.True(answer.Abstained);
        Assert.DoesNotContain("Reykjavik", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Oslo", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutcomeTheReportsOnlyExpect_IsNotReportedYet()
    {
        Answer answer = await AskAsync("What was agreed at the third round of fisheries talks?");

        Assert.True(answer.Abstained);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.StartsWith("Not reported yet", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who led the third round of fisheries talks?")]
    [InlineData("Where did the third round of fisheries talks take place?")]
    public async Task WhoOrWhere_AtANumberedEventTheReportsOnlyExpect_IsNotReportedYet(string question)
    {
        Answer answer = await AskAsync(question);

        Assert.True(answer.Abstained);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Equal("f4", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task Where_AtANumberedEventThatWasHeld_StillNamesThePlace()
    {
        Answer answer = await AskAsync("Where did the second round of fisheries talks take place?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("Reykjavik", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowSomethingWasTaken_IsAnsweredByTheSentenceThatSaysIt()
    {
        Answer answer = await AskAsync("how did the fisheries ministers take the herring accord?");

        Assert.False(answer.Abstained);
        Assert.Contains("welcomed the herring accord", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePropertyOfSomething_NoReportNames_IsNotAnsweredFromSentencesAboutIt()
    {
        Answer answer = await AskAsync("whats the herring fleet's catch");

        Assert.True(answer.Abstained);
        Assert.StartsWith("The stored articles don't say the catch", answer.Lead, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task ThePropertyOfSomething_IsAnsweredByTheSentenceThatNamesIt()
    {
        Answer answer = await AskAsync("what's iceland's chief negotiator?");

        Assert.False(answer.Abstained);
        Assert.Contains("Jon Petursson", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALeadIn_DoesNotChangeTheAnswer()
    {
        Answer plain = await AskAsync("When was the second round of fisheries talks?");
        Answer leadIn = await AskAsync("hey bot, when was the second round of fisheries talks?");

        Assert.Equal(plain.Lead, leadIn.Lead);
    }

    [Fact]
    public async Task AFactAboutAnEventTheReportsOnlyExpect_IsNotReportedYet()
    {
        Answer answer = await AskAsync("who will lead the delegations at the third round?");

        Assert.True(answer.Abstained);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("third round of talks is planned", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APeriodNamedRelativeToToday_WithNoReportInIt_IsAnsweredFromTheNewest_SayingHowOldItIs()
    {
        // The corpus is asked on 1 May 2024; its newest report is from 20 April.
        Answer loose = await AskAsync("what did the fisheries ministers welcome this week?");
        Answer named = await AskAsync("what did the fisheries ministers welcome in June 2024?");

        Assert.False(loose.Abstained);
        Assert.Contains("welcomed the herring accord", loose.Lead, StringComparison.Ordinal);
        Assert.EndsWith("the newest is from 20 Apr 2024.)", loose.Lead, StringComparison.Ordinal);
        Assert.True(named.Abstained);
        Assert.Equal(AnswerOutcome.OutsidePeriod, named.Outcome);
    }

    [Theory]
    [InlineData("who's the new us ambassador to moscow", null)]
    [InlineData("who's russia's new ambassador to washington", "Ola Berg")]
    public async Task Who_ForATitle_IsWhoeverTheSentenceGivesIt_OnTheSideAsked(string question, string? named)
    {
        var embassies = SmallCorpus.Of(
            ("e1", "2024-03-04", "Envoys meet in Washington",
                "The talks were led by US Deputy Secretary Jane Doe and Russia's new ambassador to Washington, Ola Berg."));

        Answer answer = await embassies.AskAsync(question);

        if (named is null)
        {
            Assert.True(answer.Abstained, answer.Lead);
            Assert.DoesNotContain("Jane Doe", answer.Lead, StringComparison.Ordinal);
            Assert.DoesNotContain("Ola Berg,", answer.Lead, StringComparison.Ordinal);
        }
        else
        {
            Assert.False(answer.Abstained);
            Assert.StartsWith(named, answer.Lead, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Who_ForATitle_IsAlsoWhoeverTheSentenceSaysBecameIt()
    {
        var board = SmallCorpus.Of(
            ("b1", "2024-03-28", "Fisheries council picks director",
                "Jon Petursson, Iceland's delegate to the council, was chosen executive director of the fisheries council, officials said."));

        Answer answer = await board.AskAsync("who was chosen as executive director of the fisheries council?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("Jon Petursson", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APeriodNamedFromSomethingElse_IsNotReadAsLooseNews()
    {
        // "the following week" is not a week before the day of asking, so the reports cannot say yet.
        Answer answer = await AskAsync("did the ministers sign the cod quota the following week?");

        Assert.True(answer.Abstained);
    }
}
