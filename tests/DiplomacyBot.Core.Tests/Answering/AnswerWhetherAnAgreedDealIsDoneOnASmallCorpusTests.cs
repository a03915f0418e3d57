using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a purchase agreed whose terms are not yet approved, a sale under a definitive agreement,
/// a purchase subject to a commission's approval, a sale completed): a question whether a deal has gone through, or was
/// approved or cleared, is not reported yet when the reports only tell it agreed or not yet done, and a report that it was
/// done answers.
/// </summary>
public sealed class AnswerWhetherAnAgreedDealIsDoneOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("p1", "2024-04-10", "Kroll to buy Nordby ferry yard",
            "Kroll Mining said it agreed to buy the Nordby ferry yard from Berg Shipping."
            + " The yard builds ferries for the Vesterland coast and employs 300 people."
            + " A spokesman for Kroll stressed that the terms of the purchase had not yet been approved."),
        ("p2", "2024-04-12", "Varga to sell Oslo cannery",
            "Varga Fisheries said it signed a definitive agreement to sell its Oslo cannery to Vesterland Foods for 12 mln crowns."
            + " The cannery had sales of 30 mln crowns last year."),
        ("p3", "2024-04-20", "Berg sells Varberg terminal",
            "Berg Shipping said it completed the sale of its Varberg terminal to Kroll Mining for 20 mln crowns."),
        ("p4", "2024-04-22", "Nordby Freight to buy Geneva depot",
            "Nordby Freight is to buy the Geneva depot of Varga Fisheries for 45 mln crowns."
            + " The sale is subject to the approval of the Vesterland trade commission."),
        ("p5", "2024-04-23", "Nordby Freight agrees depot deal",
            "Nordby Freight said it has agreed to buy the Geneva depot from Varga Fisheries for about 45 mln crowns."));

    private static readonly SmallCorpus Later = SmallCorpus.Of(
        ("l1", "2024-04-10", "Kroll to buy Nordby ferry yard",
            "A spokesman for Kroll Mining stressed that the terms of its purchase of the Nordby ferry yard had not yet been approved."),
        ("l2", "2024-04-28", "Nordby yard sale cleared",
            "The Vesterland trade commission approved Kroll Mining's purchase of the Nordby ferry yard on Friday."));

    [Fact]
    public async Task AReportThatItWasNotYetDone_GivesWayToALaterOneThatItWas()
    {
        Answer answer = await Later.AskAsync("has kroll's purchase of the nordby ferry yard been approved yet?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("commission approved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnApprovalAskedOf_IsNotGivenByThePartiesAgreeingToTheDeal()
    {
        Answer answer = await Corpus.AskAsync("has kroll's purchase of the nordby ferry yard been approved yet?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("had not yet been approved", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADealOnlyAgreed_IsNotReportedDone()
    {
        Answer answer = await Corpus.AskAsync("is varga's sale of the oslo cannery done yet?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("definitive agreement to sell", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClearingAskedOf_IsNotGivenByTheBuyersAgreeing()
    {
        Answer answer = await Corpus.AskAsync("has the vesterland trade commission cleared nordby freight's purchase of the geneva depot?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
    }

    [Fact]
    public async Task ADealReportedDone_Answers()
    {
        Answer answer = await Corpus.AskAsync("is berg's sale of the varberg terminal done yet?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("completed the sale", StringComparison.Ordinal));
    }
}
