using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: asked whether a body "has" done something, a report of another body's deed does not
/// answer ("has the parliament approved it?": "the cabinet has approved it"), as for "did", nor does a sentence that
/// names the body only for what is still to come ("the sale is to go before parliament").
/// </summary>
public sealed class AnswerWhetherABodyHasActedOnASmallCorpusTests
{
    private static SmallCorpus Corpus() => SmallCorpus.Of(
        ("b1", "1987-03-15", "Vesterland cabinet backs fishing rights sale",
            "Vesterland's cabinet has approved a plan to sell fishing rights in the northern waters to Nordby firms, officials said. "
            + "The sale is to go before parliament in May. "
            + "The fisheries ministry said the rights would be sold for ten years."));

    [Theory]
    [InlineData("has vesterland's parliament approved the fishing rights plan?")]
    [InlineData("have the vesterland parliament approved selling the fishing rights")]
    public async Task AnotherBodysDeed_DoesNotAnswer(string question)
    {
        Answer answer = await Corpus().AskAsync(question);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
    }

    [Fact]
    public async Task TheBodysOwnDeed_Answers()
    {
        Answer answer = await Corpus().AskAsync("has vesterland's cabinet approved the fishing rights plan?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("has approved", answer.Lead, StringComparison.Ordinal);
    }
}
