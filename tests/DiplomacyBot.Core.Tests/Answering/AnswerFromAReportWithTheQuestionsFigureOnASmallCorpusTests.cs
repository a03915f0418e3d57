using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a question that gives a figure ("the 3 main topics") is about a report that has it; a
/// sentence from a report without it, though it shares more of the question's words, does not lead when one from a
/// report with it is nearly as good.
/// </summary>
public sealed class AnswerFromAReportWithTheQuestionsFigureOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("a1", "2024-04-10", "Norland and Vesterland prepare next round",
            "Lindqvist said Norland and Vesterland are working hard on the main topics and making progress towards the next round of talks."),
        ("a2", "2024-04-02", "Lindqvist sets out talks agenda",
            "Lindqvist said Norland and Vesterland are focused on three topics: fishing quotas, harbour fees and ferry links."),
        ("a3", "2024-04-03", "Harbour fees rise",
            "Harbour fees in Kestrel rose by two pct in March, the port authority said."),
        ("a4", "2024-04-04", "Ferry strike ends",
            "A ferry strike in Kestrel ended after four days when the union accepted a pay offer."));

    [Fact]
    public async Task TheReportWithTheFigure_Leads()
    {
        Answer answer = await Corpus.AskAsync("what are the 3 main topics norland and vesterland are working on per lindqvist?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("three topics", answer.Lead, StringComparison.Ordinal);
    }
}
