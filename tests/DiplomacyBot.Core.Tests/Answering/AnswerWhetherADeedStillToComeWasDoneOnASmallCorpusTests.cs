using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a shareholder meeting called to approve a merger with an agreement already signed, a
/// vote that will decide a bill, a purchase subject to shareholder approval, a merger approved, a board's decision to approve, an offer rejected): a plain question
/// whether the deed was done ("did the shareholders approve the merger?") is not reported yet when the closest report
/// names the deed only as still to come, even where it names an agreement signed; a report that the deed was done, a
/// decision to do it or a report of how it was answered answers.
/// </summary>
public sealed class AnswerWhetherADeedStillToComeWasDoneOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-04-09", "Kroll sets shareholder meeting",
            "Kroll Mining said the special meeting of its shareholders on May 20 is to approve the merger agreement signed with Berg Shipping in March."),
        ("d2", "2024-04-15", "Assembly vote next week",
            "The Vesterland assembly, which met in March and debated the fisheries bill last month, will ratify the fisheries bill in a vote next week."),
        ("d3", "2024-04-22", "Nordby holders back deal",
            "Shareholders of Nordby Freight approved the merger with Varga Fisheries at a meeting in Oslo on Friday."),
        ("d4", "2024-04-24", "Berg board decision",
            "Berg Shipping welcomed the Oslo port board's decision to approve the new quay for its ferries."),
        ("d5", "2024-04-26", "Dockers turn down offer",
            "The Varberg dockers union rejected the pay offer from the port and will accept only a rise of five pct."),
        ("d6", "2024-04-28", "Varga to buy Oslo yard",
            "Varga Fisheries said it agreed to buy the Oslo Marine yard for 40 mln crowns, subject to shareholder approval, and will pay in cash."),
        ("d7", "2024-04-30", "Berg holders back ferry sale",
            "Berg Shipping shareholders voted to back the sale of its ferry arm to Kroll, pending regulatory approval."));

    [Fact]
    public async Task AMeetingThatIsToApprove_DoesNotSayItApproved_ThoughAnAgreementWasSigned()
    {
        Answer answer = await Corpus.AskAsync("did Kroll shareholders approve the merger with Berg Shipping");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("is to approve", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeedAModalPutsAhead_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("did the Vesterland assembly ratify the fisheries bill?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("will ratify", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeedNamedAsAConditionStillToBeMet_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("did varga fisheries shareholders approve the purchase of the oslo marine yard?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("subject to shareholder approval", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoteToBackIt_Answers_ThoughAnotherApprovalIsStillToCome()
    {
        Answer answer = await Corpus.AskAsync("did berg shipping shareholders approve the sale of the ferry arm?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("voted to back the sale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADecisionToDoIt_IsNoDeedStillToCome()
    {
        Answer answer = await Corpus.AskAsync("did the Oslo port board approve the new quay for Berg Shipping?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("decision to approve", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnswerReported_AnswersThoughTheDeedIsNamedAhead()
    {
        Answer answer = await Corpus.AskAsync("did the Varberg dockers union accept the pay offer?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("rejected the pay offer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReportThatItWasDone_AnswersTheQuestion()
    {
        Answer answer = await Corpus.AskAsync("did Nordby Freight shareholders approve the merger with Varga Fisheries");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("approved the merger", StringComparison.Ordinal));
    }
}
