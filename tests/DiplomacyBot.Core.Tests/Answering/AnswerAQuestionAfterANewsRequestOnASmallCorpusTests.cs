using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a takeover and a strike): a request for news asked before a question of its own ("any
/// update on the bid? how much is kroll offering?") is answered as that question, about the topic the request names,
/// not with whatever the newest report says.
/// </summary>
public sealed class AnswerAQuestionAfterANewsRequestOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-06-03", "Kroll bids for Varga Lines",
            "Kroll Shipping offered 42 dlrs a share in cash for Varga Lines, valuing the ferry operator at about 310 mln dlrs."),
        ("t2", "2024-06-10", "Varga board studies Kroll bid",
            "The Varga Lines board said it was still studying the Kroll takeover bid and would make a recommendation to shareholders later this month."),
        ("t3", "2024-06-04", "Varberg dockers strike",
            "About 1,200 dockers walked off the job at the port of Varberg on Monday over overtime pay."),
        ("t4", "2024-06-11", "Varberg strike talks",
            "Talks to end the Varberg dock strike resumed on Tuesday, the port employers said."));

    [Fact]
    public async Task AFigureAskedAfterTheRequest_LeadsWithTheFigure()
    {
        Answer answer = await Corpus.AskAsync("any update on the kroll bid for varga? how much is kroll offering per share");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("42 dlrs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountAskedAfterTheRequest_LeadsWithTheCount()
    {
        Answer answer = await Corpus.AskAsync("latest on the varberg dock strike? how many dockers walked out");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("1,200 dockers", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestAlone_StillGivesTheNewestReport()
    {
        Answer answer = await Corpus.AskAsync("any update on the kroll bid for varga?");

        Assert.Contains("still studying", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
