using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "how much is ... worth?" is answered by a sum the sentence gives the thing asked
/// about, not by the sum of another loan or offer in the same story, nor by one whose lender's name holds the word
/// (the Bank of Credit); with none, the answer says so.
/// </summary>
public sealed class AnswerTheWorthOfTheThingAskedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("r1", "1987-03-18", "Norland clears IMF arrears",
            "Norland's new bridging loan from the IMF, worth 145 mln dlrs, cleared its arrears for 1986, central bank "
            + "governor Erik Varga said. Norland also obtained a new loan of 45 mln dlrs from the Bank of Credit of Lund, "
            + "Varga said."),
        ("r2", "1987-03-19", "Vesterland in IMF talks",
            "Vesterland is in talks with the IMF on a standby credit, its finance minister Anna Berg said."));

    [Fact]
    public async Task TheWorthOfAThingNoSentenceGivesASumFor_Abstains()
    {
        Answer answer = await Corpus.AskAsync("how much is norland's new imf standby credit worth");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("145", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("45 mln", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWorthOfTheThing_IsTheSumGivenIt()
    {
        Answer answer = await Corpus.AskAsync("how much was norland's bridging loan from the imf worth?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("145 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }
}
