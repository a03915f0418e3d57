using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two emergency landings, one report giving the flight's number): "what was the flight
/// number?" asks for the number that names the flight, not for a count, and only a report that gives it answers.
/// </summary>
public sealed class AnswerAnIdentifyingNumberOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2024-04-10", "Vesterland Air jet lands safely",
            "Vesterland Air flight 417 landed safely in Oslo after an engine failure, with 96 passengers on board."),
        ("f2", "2024-04-12", "Nordby Air jet makes emergency landing",
            "A Nordby Air jet carrying 120 passengers made an emergency landing in Geneva after an engine failure."));

    [Fact]
    public async Task TheNumberThatNamesAThing_IsGivenAsTheReportWritesIt()
    {
        Answer answer = await Corpus.AskAsync("what was the flight number of the vesterland air jet that landed in oslo?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Flight 417", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountInTheReport_IsNoNumberThatNamesTheThing()
    {
        Answer answer = await Corpus.AskAsync("what was the flight number of the nordby air jet that landed in geneva?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("120", answer.Lead, StringComparison.Ordinal);
    }
}
