using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// What the evidence must say for an answer, on a small corpus built here (two reports of river talks): a day for
/// "what day exactly", the speaker speaking for "what did X say", a deed done for "did they actually do it", and an
/// outcome reported after the day a report set for it.
/// </summary>
public sealed class AnswerEvidenceOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("r1", "2024-04-08", "River talks resume in Nairobi",
            "Kenya and Ethiopia resumed their river talks in Nairobi on Monday. Kenyan water minister Amina Odhiambo said the two sides had narrowed their differences on dam releases. The draft protocol on dam releases was prepared by Ethiopian engineer Dawit Tesfaye."),
        ("r2", "2024-04-24", "River commission adjourns",
            "The joint river commission has been adjourned until Friday, officials said. Ethiopia showed a willingness to lift its restrictions on river monitoring. The water ministers will meet again later this month in Addis Ababa. Officials said Kenya could consider easing its fishing limits on the lake. Kenya said responding to the Ethiopian offer could take weeks."),
        ("r3", "2024-04-25", "Dam costs two billion",
            "A consultancy had costed the new dam at two billion dollars."),
        ("r4", "2024-04-25", "Pumping station strike threat",
            "Workers at the Kisumu pumping station threatened to strike on Friday unless they had reached a pay deal by then."));

    [Fact]
    public async Task WhatDayExactly_IsNotAnsweredByAVaguerDate()
    {
        Answer vague = await Corpus.AskAsync("what day exactly will the water ministers meet in addis ababa?");
        Answer dated = await Corpus.AskAsync("what day did the river talks resume?");

        Assert.True(vague.Abstained);
        Assert.StartsWith("The stored articles don't say when", vague.Lead, StringComparison.Ordinal);
        Assert.False(dated.Abstained);
        Assert.Contains("8 Apr 2024", dated.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatDidXSay_IsAnsweredOnlyByASentenceWhereXSpeaks()
    {
        Answer spoke = await Corpus.AskAsync("what did odhiambo say about the dam releases?");
        Answer named = await Corpus.AskAsync("what did tesfaye say about the draft protocol?");

        Assert.False(spoke.Abstained);
        Assert.Contains("Odhiambo said", spoke.Citations[0].Quote, StringComparison.Ordinal);
        Assert.True(named.Abstained);
        Assert.Contains("what Tesfaye said", named.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherSomethingWasDone_WhenTheReportsOnlyShowAWillingness_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("did ethiopia actually scrap the river monitoring restrictions?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("willingness to lift", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasInFactDone_WhenTheReportsOnlySayItCouldBe_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("which fishing limits on the lake did kenya end up scrapping?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("could consider easing", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherSomethingWasDone_IsNotReportedYet_WhenTheReportsOnlyAimAtItInAnotherWord()
    {
        // "replied" is not in the report; "responding", a word that stands for it, is, as something still to do.
        Answer answer = await Corpus.AskAsync("has kenya replied to the ethiopian offer?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("responding to the Ethiopian offer", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_IsNotAnsweredByASentenceThatNamesNothingTheQuestionDoesNot()
    {
        Answer answer = await Corpus.AskAsync("which consultancy costed the new dam?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The stored articles don't say which consultancy", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherAThreatWasCarriedOut_IsNotReportedYet_ThoughAConditionNamesADeal()
    {
        // "unless they had reached a pay deal" does not report a deal reached.
        Answer answer = await Corpus.AskAsync("did the kisumu pumping station workers end up striking?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("threatened to strike", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowThingsStood_InAPeriod_IsAnsweredFromTheNewestReportOfThatPeriod()
    {
        var corpus = SmallCorpus.Of(
            ("b1", "2024-02-10", "Border talks stall", "Border talks between Chile and Peru stalled over fishing rights."),
            ("b2", "2024-04-20", "Border talks resume", "Chile and Peru resumed border talks and agreed on a timetable."));

        Answer then = await corpus.AskAsync("where did the border talks stand in february?");
        Answer now = await corpus.AskAsync("where do the border talks stand?");

        Assert.Equal("b1", then.Citations[0].ArticleId);
        Assert.Equal("b2", now.Citations[0].ArticleId);
    }

    [Fact]
    public async Task WhatCameOfAMonthsMeetingTypedInLowerCase_IsNotReportedYet_WhenEveryReportPrecedesIt()
    {
        var corpus = SmallCorpus.Of(
            ("g1", "2024-03-30", "Tea growers to meet in Colombo",
                "Tea growers will meet May 6 in Colombo to discuss export quotas, delegates said. Tea growers include Kenya, Sri Lanka and India."),
            ("g2", "2024-04-20", "Tea growers plan strategy",
                "Tea growers will hold talks in Colombo next month to map their strategy."));

        Answer answer = await corpus.AskAsync("what did the tea growers decide at their may meeting in colombo");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.StartsWith("Not reported yet", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherAMeetingCameAbout_IsNotReportedYet_WhileTheReportsSayOnlyThatItCouldTakePlace()
    {
        var plan = ("s1", "2024-03-12", "Lake states plan summit",
            "\"We are arranging an eventual meeting of the lake states' presidents, which could take place in Kampala in June\", the minister said.");
        var planned = SmallCorpus.Of(
            plan,
            ("s2", "2024-03-20", "Lake fisheries quota cut", "The lake states cut the fisheries quota by a tenth."));
        var held = SmallCorpus.Of(
            plan,
            ("s3", "2024-06-15", "Lake states' presidents meet",
                "The presidents of the lake states held their summit in Kampala on Friday and agreed on a joint fisheries patrol."));

        Answer before = await planned.AskAsync("did the lake states' presidents get their summit in kampala?");
        Answer after = await held.AskAsync("did the lake states' presidents get their summit in kampala?");

        Assert.Equal(AnswerOutcome.NotYetReported, before.Outcome);
        Assert.False(after.Abstained);
        Assert.Equal("s3", after.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AStateSomethingDoneWouldBringAbout_IsNotReportedYet_WhenTheReportsOnlySayItCouldBeDone()
    {
        Answer answer = await Corpus.AskAsync("are the fishing limits on the lake lower now?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("could consider easing", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutcome_OfAMeetingAReportSetsForALaterDay_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("what did the river commission decide when it reconvened on friday?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("adjourned until Friday", answer.Lead, StringComparison.Ordinal);
    }
}
