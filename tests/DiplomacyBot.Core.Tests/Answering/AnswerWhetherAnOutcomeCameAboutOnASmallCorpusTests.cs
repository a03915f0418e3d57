using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "did they sign the deal?" asks for an outcome, without "yet" or "actually". Reports of
/// talks on the deal that never say it was signed leave it not reported yet; a report that it was signed answers.
/// </summary>
public sealed class AnswerWhetherAnOutcomeCameAboutOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Talks =
        ("o1", "2024-09-02", "Rescheduling talks open in Lisbon",
            "Bankers from the creditor committee and finance ministry officials held a first round of talks on the Madeira rescheduling deal in Lisbon on Monday.");

    private static readonly (string, string?, string, string) Signed =
        ("o2", "2024-09-20", "Madeira deal done",
            "Madeira and its creditor banks signed the rescheduling deal in Lisbon on Friday.");

    [Fact]
    public async Task TalksOnTheDeal_DoNotSayItWasSigned()
    {
        Answer answer = await SmallCorpus.Of(Talks).AskAsync("did the creditor banks sign the madeira rescheduling deal?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("held a first round of talks", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportThatItWasSigned_Answers()
    {
        Answer answer = await SmallCorpus.Of(Talks, Signed).AskAsync("did the creditor banks sign the madeira rescheduling deal?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("signed the rescheduling deal", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
