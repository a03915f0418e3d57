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
            "The statistics bureau said Norland's output rose 4.1 pct last year, but inflation, as the bureau measured it, was put at 7.3 pct."),
        ("m2", "1987-03-12", "Vesterland figures",
            "Vesterland ended the year with 6 pct unemployment and a 2 pct fall in exports, the central bank said."));

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
        Answer answer = await Corpus.AskAsync("whats the jobless rate in vesterland");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("6 pct", answer.Lead, StringComparison.Ordinal);
    }
}
