using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (one minister at the talks, another person named only elsewhere): a yes-no question on
/// what someone named did ("did varga attend the talks?") is not answered by reports that never name them beside it,
/// however the name is written; a report that names them answers.
/// </summary>
public sealed class AnswerWhatSomeoneNamedDidOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("n1", "2024-04-10", "Fisheries talks open in Oslo",
            "Norland foreign minister Eva Kroll attended the opening session of the Oslo fisheries talks on Tuesday."),
        ("n2", "2024-04-12", "Varga backs quota plan",
            "Anna Varga, who heads Varga Fisheries, said on Friday her firm would back any quota deal."));

    [Theory]
    [InlineData("did varga attend the oslo fisheries talks?")]
    [InlineData("did Varga attend the Oslo fisheries talks?")]
    public async Task AReportOfAnotherPersonsDeed_DoesNotSayWhatTheOneAskedDid(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("what Varga did", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportNamingThePersonAsked_Answers()
    {
        Answer answer = await Corpus.AskAsync("did kroll attend the oslo fisheries talks?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Eva Kroll attended", StringComparison.Ordinal));
    }
}
