using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of a storm-damaged dam and a copper strike): "how many/much X" is answered by a
/// figure given of X, not by another figure near the question's other words; a noun a figure stands for unnamed
/// ("money") asks nothing more of it, and a count of something else the question names ("41 pierogi" for "how many
/// dumplings", when it speaks of pierogi) answers it.
/// </summary>
public sealed class AnswerCountedThingOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("k1", "2024-04-09", "Storm damages Kariba dam",
            "Storm damage to the Kariba dam wall was estimated at 40 mln dlrs, the river authority said on Tuesday."),
        ("k2", "2024-04-12", "Zimbabwe seeks redress over Kariba",
            "Zimbabwe is seeking compensation from the contractor that built the Kariba dam spillway."),
        ("c1", "2024-04-15", "Copper strike spreads",
            "About 2,000 copper miners at Kitwe joined the strike on Monday, the union said."),
        ("p1", "2024-04-20", "Brandt wins again",
            "Competitive eater Lena Brandt devoured 41 pierogi in ten minutes at the Lusaka food fair."));

    [Fact]
    public async Task AnAmountOfSomethingElse_DoesNotAnswerHowMuchOfWhatIsAsked()
    {
        Answer compensation = await Corpus.AskAsync("how much compensation has zimbabwe got for the kariba dam?");
        Answer damage = await Corpus.AskAsync("how much damage did the storm do to the kariba dam?");

        Assert.True(compensation.Abstained);
        Assert.DoesNotContain("40 mln dlrs", compensation.Lead, StringComparison.Ordinal);
        Assert.False(damage.Abstained);
        Assert.StartsWith("40 mln dlrs", damage.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfWhatTheQuestionOtherwiseNames_AnswersHowMany()
    {
        Answer answer = await Corpus.AskAsync("Lena Brandt won the pierogi contest at the Lusaka food fair again. How many dumplings did she eat?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("41 pierogi", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfOtherPeople_DoesNotAnswerHowManyOfThoseAsked()
    {
        Answer miners = await Corpus.AskAsync("how many copper miners joined the kitwe strike?");
        Answer engineers = await Corpus.AskAsync("how many engineers joined the kitwe strike?");
        Answer people = await Corpus.AskAsync("how many people joined the kitwe strike?");

        Assert.StartsWith("2,000 copper miners", miners.Lead, StringComparison.Ordinal);
        Assert.True(engineers.Abstained);
        Assert.False(people.Abstained);
        Assert.Contains("About 2,000 copper miners", people.Citations[0].Quote, StringComparison.Ordinal);
    }
}
