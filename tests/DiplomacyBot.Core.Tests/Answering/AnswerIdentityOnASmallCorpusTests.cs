using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a round of talks whose delegations are named with their posts): "who is Berg?" is
/// answered with the standing the reports give him, not with another person named beside him; a name no report holds
/// is said to be missing.
/// </summary>
public sealed class AnswerIdentityOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("v1", "2024-05-02", "Second round of fisheries talks ends in Vienna",
            "The second round of fisheries talks ended in Vienna on Thursday. "
            + "The delegations were led by Deputy Assistant Secretary of State Mary Holt and Norway’s new ambassador to Vienna, Lars Berg. "
            + "The talks lasted five hours."));

    [Theory]
    [InlineData("who is berg?")]
    [InlineData("berg - who is he exactly, what's his role")]
    public async Task WhoSomeoneIs_IsTheirStanding(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Lars Berg: Norway’s new ambassador to Vienna", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("Lars Berg", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneNoReportNames_IsSaidToBeMissing()
    {
        Answer answer = await Corpus.AskAsync("who is zorkin?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("never mention", answer.Lead, StringComparison.Ordinal);
    }
}
