using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a consulate's statement after a round of talks): a slip in the noun that says what is
/// asked for ("which contry") is read as the noun, when no article holds the word typed; and a body that released a
/// statement has spoken.
/// </summary>
public sealed class AnswerSlipsAndStatementsOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("s1", "2024-04-03", "Consulate reports progress on visas",
            "The third round of consular talks was hosted by Austria in Vienna last week. "
            + "The Dutch consulate released a statement highlighting progress on visas for the staff of both missions."));

    [Fact]
    public async Task ASlipInTheNounAskedFor_IsReadAsTheNoun()
    {
        Answer answer = await Corpus.AskAsync("which contry hosted the third round of consular talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Austria", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatReleasedAStatement_HasSaidWhatItHolds()
    {
        Answer answer = await Corpus.AskAsync("what did the dutch consulate say about progress for the missions?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("progress on visas", answer.Lead, StringComparison.Ordinal);
    }
}
