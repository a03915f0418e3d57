using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (one choice still to be announced, one made): "which yard did Kroll pick?" asks what
/// came of a choice, which is not reported yet when the latest report says the choice will be announced; a report of
/// the choice made answers.
/// </summary>
public sealed class AnswerWhatWasChosenOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("c1", "2024-04-03", "Kroll weighs yards for ferries",
            "Kroll Shipping said it is talking to three yards bidding to build its new ferries and will announce which yard it will pick later this year."),
        ("c2", "2024-04-09", "Varga Lines orders ferry",
            "Varga Lines picked the Nordby yard to build its new ferry, the company said on Tuesday."));

    [Fact]
    public async Task AChoiceStillToBeAnnounced_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("which yard did Kroll pick for its new ferries?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("will announce which yard", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChoiceMade_AnswersTheQuestion()
    {
        Answer answer = await Corpus.AskAsync("which yard did Varga Lines pick for its new ferry?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Nordby", answer.Lead, StringComparison.Ordinal);
    }
}
