using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a report that something awaits approval, or is pending, does not say it was approved.
/// Asked whether it was, the bot says it is not reported yet.
/// </summary>
public sealed class AnswerAwaitingApprovalOnASmallCorpusTests
{
    [Theory]
    [InlineData("did the norland cabinet approve the oil contract renewal?")]
    [InlineData("has the norland cabinet approved the oil contract renewal?")]
    public async Task WhetherSomethingWasApproved_IsNotReportedYet_WhenTheReportSaysItAwaitsApproval(string question)
    {
        Answer answer = await SmallCorpus.Of(
                ("p1", "1987-06-19", "Norland oil firm to renew contract",
                    "Norland's state oil firm recommended the oil contract renewal to the cabinet and is now awaiting its approval."))
            .AskAsync(question);

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("awaiting its approval", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherSomethingWasApproved_IsAnswered_WhenAReportSaysItWasApproved()
    {
        Answer answer = await SmallCorpus.Of(
                ("p2", "1987-06-26", "Norland cabinet approves oil contract",
                    "The Norland cabinet approved the oil contract renewal on Friday, officials said."))
            .AskAsync("did the norland cabinet approve the oil contract renewal?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("approved the oil contract renewal", answer.Lead, StringComparison.Ordinal);
    }
}
