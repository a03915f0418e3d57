using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a report that two firms agreed in principle to merge, and that the merger "must be
/// approved" by the holders, does not say they approved it, though its first sentence, which names no approving, covers
/// the question best. Asked whether they did, the bot says it is not reported yet; a later report that they did answers.
/// </summary>
public sealed class AnswerADeedThatMustStillBeDoneOnASmallCorpusTests
{
    private const string Question = "did varga oil holders approve the kroll merger?";

    private static readonly (string Id, string Published, string Title, string Body) Agreed =
        ("m1", "1987-03-16", "Kroll and Varga Oil to merge",
            "Kroll Corp and Varga Oil Corp said they reached an agreement in principle to combine Varga Oil with a Kroll unit in a share swap. "
            + "Varga Oil holders are to get 1.2 Kroll shares for each share once the merger takes effect, and it must be approved by the boards and by Varga Oil's shareholders.");

    [Fact]
    public async Task AnApprovalThatMustStillBeGiven_IsNotReportedYet()
    {
        Answer answer = await SmallCorpus.Of(Agreed).AskAsync(Question);

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("must be approved", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHoldersVerdictInOtherWords_IsNotPassedOverForAnApprovalStillToCome()
    {
        Answer answer = await SmallCorpus.Of(
                ("m3", "1987-05-20", "Varga Oil holders back Kroll merger",
                    "Varga Oil holders backed the Kroll merger at a special meeting on Tuesday. The merger remains subject to regulatory approval."))
            .AskAsync(Question);

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
    }

    [Fact]
    public async Task ARatifyingReportedInAWordOfAgreement_Answers()
    {
        Answer answer = await SmallCorpus.Of(
                ("m4", "1987-05-20", "Kroll merger ratified",
                    "Kroll Corp said the merger with Varga Oil was ratified on Tuesday."))
            .AskAsync("has the kroll merger with varga oil been approved yet?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("was ratified", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALaterReportOfTheApproval_Answers()
    {
        Answer answer = await SmallCorpus.Of(Agreed,
                ("m2", "1987-05-20", "Varga Oil holders approve Kroll merger",
                    "Varga Oil Corp said its shareholders approved the merger with Kroll Corp at a special meeting."))
            .AskAsync(Question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("approved the merger", answer.Lead, StringComparison.Ordinal);
    }
}
