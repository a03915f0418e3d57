using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: whether something was done is weighed on the best report that names the deed, not on
/// a better-covering one that does not; one that says it could be done has not reported it done.
/// </summary>
public sealed class AnswerWhetherDoneWhenOnlyConsideredOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-04-10", "Harbour deal talks in Lisbon",
            "Delegations met in Lisbon last week to help the harbour deal along and agreed to revive talks on tariffs. "
            + "Afterwards the premier said Lisbon could consider lifting some tariffs to help the deal."));

    [Fact]
    public async Task ADeedOnlyConsidered_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("did lisbon lift tariffs to help the harbour deal?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("could consider lifting", answer.Lead, StringComparison.Ordinal);
    }
}
