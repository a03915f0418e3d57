using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a second round of talks held, a third only agreed): "did the second round actually
/// happen?" is answered by the report of it held, whatever verb that report uses; "has the third round happened yet?"
/// is not reported yet.
/// </summary>
public sealed class AnswerOccurredOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2024-05-02", "Second round of fisheries talks ends in Vienna",
            "Norway and Iceland concluded a second round of fisheries talks in Vienna on Thursday. The delegations discussed quotas for herring."),
        ("f2", "2024-05-20", "Fisheries talks to continue",
            "Norway and Iceland agreed to hold a third round of fisheries talks in the autumn, the ministry said."));

    [Theory]
    [InlineData("did the second round of fisheries talks actually happen?")]
    [InlineData("did the 2nd round of fisheries talks go ahead?")]
    public async Task AnEventReportedHeld_HappenedInWhateverWords(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("concluded a second round", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventOnlyAgreed_HasNotHappenedYet()
    {
        Answer answer = await Corpus.AskAsync("has the third round of fisheries talks happened yet?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
    }
}
