using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: a report of an intention, of something being considered, or of discussions on a matter
/// does not say it was done. Asked whether it was, the bot says it is not reported yet and shows what the report says;
/// asked when something planned will happen, the plan answers.
/// </summary>
public sealed class AnswerOnlyIntendedOnASmallCorpusTests
{
    [Fact]
    public async Task AnIntention_IsNotReportedDone_NorIsAnOutcomeOnlyWanted()
    {
        Answer answer = await SmallCorpus.Of(
                ("c1", "1987-10-20", "Norland warns Vesterland over cheese ban",
                    "Norland reiterated its firm intention to retaliate if Vesterland bans imports of Norland cheese. "
                    + "Norland wants to see the cheese dispute resolved before the spring."))
            .AskAsync("did norland retaliate over the vesterland cheese ban?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("intention to retaliate", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomethingConsidered_IsNotReportedDone()
    {
        Answer answer = await SmallCorpus.Of(
                ("p1", "1987-06-29", "Norland premier weighs election",
                    "Norland premier Kroll was considering dissolving parliament and new elections, aides said."))
            .AskAsync("did kroll end up dissolving parliament in norland?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("considering dissolving", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscussionsOnADeal_DoNotSayItWasSettled()
    {
        Answer answer = await SmallCorpus.Of(
                ("f1", "1987-03-12", "Norland and provinces talk ratification",
                    "Norland's premier said he held frank discussions with the provinces on a ratification formula for the trade pact."))
            .AskAsync("did norland and the provinces settle a ratification formula for the trade pact?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("frank discussions", answer.Lead, StringComparison.Ordinal);
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
