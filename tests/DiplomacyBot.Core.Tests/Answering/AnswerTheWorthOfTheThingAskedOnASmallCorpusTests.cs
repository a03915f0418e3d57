using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "how much is ... worth?" is answered by a sum the sentence gives the thing asked
/// about, in the question's own word for it, not by the sum of another thing in the same story, nor by one whose
/// holder's name holds the word (the Lund Pension Fund); with none, the answer says so.
/// </summary>
public sealed class AnswerTheWorthOfTheThingAskedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("r1", "1987-06-02", "Kroll bids for Lund Mills",
            "Kroll Holdings made a new cash offer for Lund Mills worth 145 mln dlrs, Kroll's chairman Erik Varga said. "
            + "Kroll also holds a stake of 45 mln dlrs in the Lund Pension Fund, Varga said."),
        ("r2", "1987-06-03", "Lund Mills workers",
            "Lund Mills workers asked how the pension fund would fare, union leader Anna Berg said."));

    [Fact]
    public async Task TheWorthOfAThingNoSentenceGivesASumFor_Abstains()
    {
        Answer answer = await Corpus.AskAsync("how much is the lund mills pension fund worth");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("145", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("45 mln", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWorthOfTheThing_IsTheSumGivenIt()
    {
        Answer answer = await Corpus.AskAsync("how much was kroll's new cash offer for lund mills worth?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("145 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }
}
