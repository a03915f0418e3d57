using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: a report of an intention, of something being considered, of discussions on a matter, or
/// that it will be done does not say it was done. Asked whether it was, the bot says it is not reported yet and shows
/// what the report says; asked when something planned will happen, the plan answers.
/// </summary>
public sealed class AnswerOnlyIntendedOnASmallCorpusTests
{
    [Theory]
    [InlineData("Norland warns Vesterland over cheese ban",
        "Norland reiterated its firm intention to retaliate if Vesterland bans imports of Norland cheese. Norland wants to see the cheese dispute resolved before the spring.",
        "did norland retaliate over the vesterland cheese ban?", "intention to retaliate")]
    [InlineData("Norland premier weighs election",
        "Norland premier Kroll was considering dissolving parliament and new elections, aides said.",
        "did kroll end up dissolving parliament in norland?", "considering dissolving")]
    [InlineData("Norland hopes Vesterland will respond",
        "Norland's premier Kroll expressed hope that Vesterland will personally respond to the Norland offer on fishing quotas.",
        "did vesterland respond to the norland offer on fishing quotas?", "will personally respond")]
    [InlineData("Norland and provinces talk ratification",
        "Norland's premier said he held frank discussions with the provinces on a ratification formula for the trade pact.",
        "did norland and the provinces settle a ratification formula for the trade pact?", "frank discussions")]
    public async Task AnIntentionSomethingConsideredOrDiscussions_DoNotSayItWasDone(string title, string body, string question, string quoted)
    {
        Answer answer = await SmallCorpus.Of(("a1", "1987-06-29", title, body)).AskAsync(question);

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains(quoted, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenSomethingPlannedWillHappen_IsAnsweredByThePlan()
    {
        Answer answer = await SmallCorpus.Of(
                ("t1", "1987-03-30", "Norland to raise tariffs",
                    "Norland announced it intended to raise tariffs on Vesterland electronics. "
                    + "The tariffs on Vesterland electronics will take effect on April 17."))
            .AskAsync("when do the norland tariffs on vesterland electronics actually take effect?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("17 Apr", answer.Lead, StringComparison.Ordinal);
    }
}
