using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a sentence that gives several shares answers a question for one measure with the
/// share bound to it (the one right before the word for it, or else the first after it), not with the first share the
/// sentence gives.
/// </summary>
public sealed class AnswerTheFigureOfWhatIsMeasuredOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("m1", "1987-03-10", "Norland output rises",
            "The statistics bureau said Norland's output rose 4.1 pct last year, while inflation stood at 7.3 pct."),
        ("m2", "1987-03-12", "Vesterland figures",
            "Exports from Vesterland fell 2 pct, and the country ended the year with 6 pct unemployment, the central bank said."),
        ("m3", "1987-03-14", "Osterland figures",
            "Osterland's exports grew 3 pct in the quarter and its inflation was 5 pct, the bureau said."));

    [Fact]
    public async Task AShareAfterTheWordForTheMeasure_IsTheOneGiven()
    {
        Answer answer = await Corpus.AskAsync("norland inflation rate?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("7.3 pct", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShareRightBeforeTheWordForTheMeasure_IsTheOneGiven()
    {
        Answer answer = await Corpus.AskAsync("what is the unemployment rate in vesterland now?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("6 pct", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShareJoinedByAndToTheWordForTheMeasure_IsNotBoundToIt()
    {
        Answer answer = await Corpus.AskAsync("osterland inflation rate?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("5 pct", answer.Lead, StringComparison.Ordinal);
    }
}
