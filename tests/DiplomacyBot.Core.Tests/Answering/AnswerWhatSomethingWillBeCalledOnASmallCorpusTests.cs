using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two new ferries): "what will the new ferry be called?" and "what will Kroll name its
/// ferry?" ask for a name, so a report that speaks of the ferry without naming it does not answer.
/// </summary>
public sealed class AnswerWhatSomethingWillBeCalledOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("k1", "2024-04-02", "Kroll orders ferry",
            "Kroll Shipping ordered a new ferry for its Norland route from the Varberg yard for 90 mln dlrs."),
        ("b1", "2024-04-08", "Berg ferry launched",
            "The new ferry of the Berg line, to be called Nordlys, was launched at the Varberg yard on Friday."),
        ("v1", "2024-04-10", "Vesterland Lines ferry",
            "Vesterland Lines said it will name its new ferry Havbris after the wind that blows on its northern route."));

    [Theory]
    [InlineData("what is kroll's norland route ferry going to be called")]
    [InlineData("what will kroll shipping name its new norland ferry?")]
    public async Task AReportThatNamesNoFerry_DoesNotSayWhatItIsCalled(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The stored articles don't say", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportThatNamesTheFerry_Answers()
    {
        Answer answer = await Corpus.AskAsync("what is the berg line's ferry going to be called?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Nordlys", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportThatANameWillBeGiven_Answers()
    {
        Answer answer = await Corpus.AskAsync("what will vesterland lines name its new ferry?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Havbris", answer.Lead, StringComparison.Ordinal);
    }
}
