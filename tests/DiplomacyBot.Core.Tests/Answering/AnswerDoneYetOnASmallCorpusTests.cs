using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of a North Atlantic fisheries dispute): a question whether something has been
/// done yet is answered only by a report that it was done, in the question's word or a past form of it, or by one that
/// says how it stands; otherwise it is not reported yet, and the closest report is shown. What something is designed
/// to do does not say whether it was managed.
/// </summary>
public sealed class AnswerDoneYetOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2024-04-10", "Fisheries treaty goes to the assembly",
            "The government sent the North Atlantic fisheries treaty to the assembly for approval on Wednesday."),
        ("f2", "2024-04-12", "Dockers reject pay offer",
            "Striking dockers in Tromso rejected a new pay offer on Friday, and talks on ending the dock strike resume on Monday."),
        ("f3", "2024-04-15", "Norway names an envoy",
            "Norway sent a fisheries envoy to Reykjavik on Monday to discuss the herring quotas."),
        ("f4", "2024-04-18", "Quota deal awaits parliament",
            "The herring quota deal, signed by both governments last week, has not yet been approved by the Icelandic parliament."),
        ("f5", "2024-04-20", "New levy scheme for Iceland",
            "The new payment scheme is designed to ensure that Iceland pays its herring levy to the fisheries commission."));

    [Fact]
    public async Task AReportThatOnlySendsItForApproval_DoesNotSayItWasRatified()
    {
        Answer answer = await Corpus.AskAsync("has the assembly ratified the fisheries treaty yet?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("sent the North Atlantic fisheries treaty to the assembly", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfferRejected_DoesNotSayTheStrikeWasSettled()
    {
        Answer answer = await Corpus.AskAsync("has the dock strike in tromso been settled yet?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("rejected a new pay offer", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIrregularPastForm_SaysItWasDone()
    {
        Answer answer = await Corpus.AskAsync("has norway sent an envoy to reykjavik yet?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Norway sent a fisheries envoy to Reykjavik", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAReportSaysSomethingIsDesignedFor_DoesNotSayItWasManaged()
    {
        Answer answer = await Corpus.AskAsync("did iceland manage to pay its herring levy to the commission?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("designed to ensure", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatCameOfAMatterTheArticlesSpeakOfWithoutSaying_IsNotReportedYet()
    {
        Answer outcome = await Corpus.AskAsync("did the striking dockers actually win the overtime row?");
        Answer reason = await Corpus.AskAsync("why are the dockers in tromso fighting the overtime dispute?");

        Assert.Equal(AnswerOutcome.NotYetReported, outcome.Outcome);
        Assert.Contains("rejected a new pay offer", outcome.Lead, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.NotCovered, reason.Outcome);
    }

    [Fact]
    public async Task WhetherItWasEverDone_IsNotReportedYet_UntilAReportSaysItWas()
    {
        Answer strike = await Corpus.AskAsync("so did the dock strike in tromso ever get settled");
        Answer envoy = await Corpus.AskAsync("did norway ever send an envoy to reykjavik?");

        Assert.Equal(AnswerOutcome.NotYetReported, strike.Outcome);
        Assert.Contains("rejected a new pay offer", strike.Lead, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.Answered, envoy.Outcome);
        Assert.Contains("Norway sent a fisheries envoy to Reykjavik", envoy.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportOfHowItStands_AnswersTheQuestion()
    {
        Answer answer = await Corpus.AskAsync("has the icelandic parliament passed the herring quota deal yet?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("has not yet been approved", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
