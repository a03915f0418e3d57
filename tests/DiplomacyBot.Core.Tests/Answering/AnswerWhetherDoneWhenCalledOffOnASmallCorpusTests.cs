using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: whether something was in fact done is answered by a report that it was called off,
/// cancelled or postponed, which says how it stands; it is not "not reported yet".
/// </summary>
public sealed class AnswerWhetherDoneWhenCalledOffOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("c1", "2024-06-02", "Harbour staff call off strike",
            "The harbour staff union called off a threatened strike after a late meeting with the port authority."),
        ("c2", "2024-06-03", "Pilots weigh stoppage",
            "The pilots' union said it was weighing a stoppage over the new rosters."));

    [Fact]
    public async Task AStrikeCalledOff_Answers()
    {
        Answer answer = await Corpus.AskAsync("did the harbour staff actually go on strike?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("called off a threatened strike", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoppageOnlyWeighed_IsNotReportedYet()
    {
        Answer answer = await Corpus.AskAsync("did the pilots actually go ahead with the stoppage?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
    }
}
