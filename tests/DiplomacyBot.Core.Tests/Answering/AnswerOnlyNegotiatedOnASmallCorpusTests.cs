using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a report that a deal is still being negotiated does not say it was signed. Asked
/// whether it was, the bot says it is not reported yet and shows what the latest report says; a later report that it
/// was signed answers. A report that talks failed to settle a dispute answers whether they settled it.
/// </summary>
public sealed class AnswerOnlyNegotiatedOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Mission =
        ("m1", "1987-03-27", "Norland team in Vesterland for credit talks",
            "A Norland finance ministry team has arrived in the Vesterland capital to negotiate a 90 mln crown harbour credit. "
            + "Vesterland has asked for the harbour credit to be paid out this year.");

    private static readonly (string Id, string Published, string Title, string Body) Dispute =
        ("d1", "1987-06-29", "Cheese talks end without a deal",
            "Talks between Norland and Vesterland have failed to settle the dispute over cheese subsidies. "
            + "Officials from both sides met in Kroll for two days.");

    [Fact]
    public async Task ACreditStillBeingNegotiated_IsNotReportedSigned()
    {
        Answer answer = await SmallCorpus.Of(Mission).AskAsync("did norland sign the harbour credit for vesterland?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("to negotiate", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALaterReportOfTheSigning_Answers()
    {
        Answer answer = await SmallCorpus.Of(Mission,
            ("m2", "1987-04-20", "Norland signs harbour credit",
                "Norland signed the 90 mln crown harbour credit for Vesterland on Monday, the finance ministry said."))
            .AskAsync("did norland sign the harbour credit for vesterland?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("signed the 90 mln crown harbour credit", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TalksThatFailedToSettleADispute_AnswerWhetherTheySettledIt()
    {
        Answer answer = await SmallCorpus.Of(Dispute).AskAsync("did the norland and vesterland talks settle the cheese dispute?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("failed to settle", answer.Lead, StringComparison.Ordinal);
    }
}
